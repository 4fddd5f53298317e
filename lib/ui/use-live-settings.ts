/**
 * Live settings for an extension page (options, first-run): read once, re-read whenever the popup or another
 * page changes them, with the reader's theme set as data-theme on <html> ('auto' and 'page' leave it to the
 * CSS's prefers-color-scheme: these pages have no news page to match) and the interface language as <html lang>.
 */
import { useEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings, type Settings } from '../settings';
import { LOCALE_TAG, resolveUiLang, type UiLang } from '../i18n/i18n';

export function useLiveSettings(): { settings: Settings | null; lang: UiLang } {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const theme = settings?.theme;
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
  const lang = resolveUiLang(settings?.interfaceLanguage);
  useEffect(() => {
    document.documentElement.lang = LOCALE_TAG[lang];
  }, [lang]);
  return { settings, lang };
}
