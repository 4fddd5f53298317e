import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/send-message';
import { SavedView } from '../../components/user/SavedView';
import { EventDialog } from '../../components/user/EventDialog';
import { DatasetInfo } from './DatasetInfo';
import { ExportImport } from './ExportImport';
import { TurnedOffSites } from '../../components/popup/TurnedOffSites';
import { ShortcutList } from '../../components/shortcuts/ShortcutList';
import { updateSettings, type Settings } from '../../lib/settings';
import { useLiveSettings } from '../../lib/ui/use-live-settings';
import { I18nProvider, useI18n } from '../../lib/i18n/use-i18n';
import { LanguageSettings, MarkStyleSettings } from '../../components/popup/Settings';

export function OptionsApp() {
  const { settings, lang } = useLiveSettings();
  useEffect(() => {
    // Make sure the background has seeded before the counts are read.
    void sendToBackground('ping', {}).catch(() => undefined);
  }, []);
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
      {settings && (
        <section aria-labelledby="sites-off-h">
          <h2 id="sites-off-h">{t('sites.title')}</h2>
          <TurnedOffSites settings={settings} onChange={(fn) => void updateSettings(fn)} headingId="sites-off-h" />
        </section>
      )}
      <section aria-labelledby="keys-h">
        <h2 id="keys-h">{t('keys.title')}</h2>
        <ShortcutList />
      </section>
      <ExportImport />
      <section aria-labelledby="saved-h">
        <h2 id="saved-h" class="visually-hidden">{t('options.savedHeading')}</h2>
        <SavedView onOpenEvent={setOpenEvent} />
      </section>
      {openEvent && <EventDialog key={openEvent} eventId={openEvent} onClose={() => setOpenEvent(null)} />}
    </main>
  );
}
