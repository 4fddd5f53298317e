/** Live settings for the popup, and the theme applied as data-theme on <html> ('auto' leaves it to CSS). */
import { useEffect, useState } from 'preact/hooks';
import { getSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';
import { peekEarlySettings, takeEarlySettings } from './settings-request';

export function useSettings() {
  // Usually in already (main.tsx asked first): the first render draws with them.
  const [settings, setSettings] = useState<Settings | null>(() => peekEarlySettings());
  useEffect(() => {
    // The same object as the first render's when that had them: no second render.
    void (takeEarlySettings() ?? getSettings()).then((s) => s && setSettings(s));
    return watchSettings(setSettings);
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (!settings || settings.theme === 'auto' || settings.theme === 'page') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
  }, [settings?.theme]);
  const change = (fn: (s: Settings) => Settings) => {
    void updateSettings(fn).then(setSettings);
  };
  return { settings, change };
}
