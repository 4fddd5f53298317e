import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/send-message';
import { SavedView } from '../../components/user/SavedView';
import { EventDialog } from '../../components/user/EventDialog';
import { DatasetInfo } from './DatasetInfo';
import { ExportImport } from './ExportImport';
import { getSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';
import { LOCALE_TAG, resolveUiLang } from '../../lib/i18n/i18n';
import { I18nProvider, useI18n } from '../../lib/i18n/use-i18n';
import { LanguageSettings, MarkStyleSettings } from '../../components/popup/Settings';

function applyTheme(s: Settings) {
  // 'page': the options page has no page to match, so the system's scheme.
  if (s.theme === 'auto' || s.theme === 'page') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = s.theme;
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    // Make sure the background has seeded before the counts are read.
    void sendToBackground('ping', {}).catch(() => undefined);
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    if (settings) applyTheme(settings);
  }, [settings?.theme]);
  const lang = resolveUiLang(settings?.interfaceLanguage);
  useEffect(() => {
    document.documentElement.lang = LOCALE_TAG[lang];
  }, [lang]);
  return (
    <I18nProvider lang={lang}>
      <OptionsView settings={settings} />
    </I18nProvider>
  );
}

function OptionsView({ settings }: { settings: Settings | null }) {
  const { t } = useI18n();
  const [openEvent, setOpenEvent] = useState<string | null>(null);
  useEffect(() => {
    document.title = t('options.title');
  }, [t]);
  return (
    <main>
      <h1>{t('manifest.name')}</h1>
      {settings && (
        <section aria-labelledby="language-h">
          <h2 id="language-h" class="visually-hidden">{t('settings.language')}</h2>
          <LanguageSettings settings={settings} onChange={(fn) => void updateSettings(fn)} />
        </section>
      )}
      {settings && (
        <section aria-labelledby="mark-style-h">
          <h2 id="mark-style-h" class="visually-hidden">{t('settings.markStyle')}</h2>
          <MarkStyleSettings settings={settings} onChange={(fn) => void updateSettings(fn)} />
        </section>
      )}
      <DatasetInfo />
      <ExportImport />
      <section aria-labelledby="saved-h">
        <h2 id="saved-h" class="visually-hidden">{t('options.savedHeading')}</h2>
        <SavedView onOpenEvent={setOpenEvent} />
      </section>
      {openEvent && <EventDialog key={openEvent} eventId={openEvent} onClose={() => setOpenEvent(null)} />}
    </main>
  );
}
