/** Live settings for the popup, and the theme applied as data-theme on <html> ('auto' leaves it to CSS). */
import { useEffect, useState } from 'preact/hooks';
import { getSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';

export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void getSettings().then(setSettings);
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
