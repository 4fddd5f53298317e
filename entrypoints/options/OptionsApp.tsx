import { useEffect } from 'preact/hooks';
import { sendToBackground } from '../../lib/send-message';
import { SavedView } from '../../components/user/SavedView';
import { DatasetInfo } from './DatasetInfo';
import { ExportImport } from './ExportImport';
import { getSettings, watchSettings, type Settings } from '../../lib/settings';

function applyTheme(s: Settings) {
  if (s.theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = s.theme;
}

export function OptionsApp() {
  useEffect(() => {
    // Make sure the background has seeded before the counts are read.
    void sendToBackground('ping', {}).catch(() => undefined);
    void getSettings().then(applyTheme);
    return watchSettings(applyTheme);
  }, []);
  return (
    <main>
      <h1>China–Russia Lens</h1>
      <DatasetInfo />
      <ExportImport />
      <section aria-labelledby="saved-h">
        <h2 id="saved-h" class="visually-hidden">Saved, notes and your events</h2>
        <SavedView onOpenEvent={() => undefined} />
      </section>
    </main>
  );
}
