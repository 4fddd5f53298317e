/**
 * The first-run page (opened once on install, lib/first-run.ts): what the marks mean, shown live with the
 * page marks' own stylesheet, the keys as the browser has them bound, and where the reader's controls are.
 * In the reader's language and theme, both live (a change in the popup or options re-renders it).
 */
import { useEffect, useState } from 'preact/hooks';
import { updateSettings, type Settings } from '../../lib/settings';
import { useLiveSettings } from '../../lib/ui/use-live-settings';
import { I18nProvider, useI18n } from '../../lib/i18n/use-i18n';
import { LanguageSettings } from '../../components/popup/Settings';
import { ShortcutList } from '../../components/shortcuts/ShortcutList';
import { MarkLegend } from './MarkLegend';

const darkQuery = () => matchMedia('(prefers-color-scheme: dark)');

/** Whether the page shows dark: the reader's theme, or the system's ('auto', and 'page', which has no page here). */
function useDark(theme: Settings['theme'] | undefined): boolean {
  const [systemDark, setSystemDark] = useState(() => darkQuery().matches);
  useEffect(() => {
    const q = darkQuery();
    const on = () => setSystemDark(q.matches);
    q.addEventListener('change', on);
    return () => q.removeEventListener('change', on);
  }, []);
  return theme === 'dark' || (theme !== 'light' && systemDark);
}

export function WelcomeApp() {
  const { settings, lang } = useLiveSettings();
  const dark = useDark(settings?.theme);
  return (
    <I18nProvider lang={lang}>
      <WelcomeView settings={settings} dark={dark} />
    </I18nProvider>
  );
}

function WelcomeView({ settings, dark }: { settings: Settings | null; dark: boolean }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('welcome.title');
  }, [t]);
  return (
    <main>
      <h1>{t('welcome.title')}</h1>
      <p class="lead">{t('welcome.intro')}</p>
      <section aria-labelledby="marks-h">
        <h2 id="marks-h">{t('welcome.marksTitle')}</h2>
        <p>{t('welcome.marksIntro')}</p>
        <MarkLegend dark={dark} style={settings?.markStyle ?? 'soft'} />
        <p>{t('welcome.marksHow')}</p>
      </section>
      <section aria-labelledby="keys-h">
        <h2 id="keys-h">{t('keys.title')}</h2>
        <ShortcutList />
      </section>
      <section aria-labelledby="control-h">
        <h2 id="control-h">{t('welcome.controlTitle')}</h2>
        <p>{t('welcome.control')}</p>
        <p>{t('settings.private')}</p>
      </section>
      {settings && (
        <section aria-labelledby="language-h">
          <h2 id="language-h" class="visually-hidden">{t('settings.language')}</h2>
          <LanguageSettings settings={settings} onChange={(fn) => void updateSettings(fn)} />
        </section>
      )}
    </main>
  );
}
