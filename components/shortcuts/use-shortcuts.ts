/** The reader's current shortcut bindings, read from the browser (so a rebinding shows where we list them). */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { shortcutRows, type ShortcutRow } from '../../lib/shortcuts';

export function useShortcuts(): ShortcutRow[] {
  const [rows, setRows] = useState<ShortcutRow[]>(() => shortcutRows(null));
  useEffect(() => {
    let live = true;
    const getAll = browser.commands?.getAll;
    if (typeof getAll !== 'function') return;
    // A browser without the API (or one that throws rather than rejects) keeps the defaults.
    void Promise.resolve()
      .then(() => getAll())
      .then((commands) => live && setRows(shortcutRows(commands)))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return rows;
}

/**
 * Opens the browser's own shortcut settings. Firefox has an API for it (137+); Chrome's page is
 * chrome://extensions/shortcuts, which an extension may open in a tab. Elsewhere: null, and no button.
 */
export function shortcutSettingsOpener(): (() => void) | null {
  const commands = browser.commands as (typeof browser.commands & { openShortcutSettings?: () => Promise<void> }) | undefined;
  if (typeof commands?.openShortcutSettings === 'function') return () => void commands.openShortcutSettings!();
  if (import.meta.env.BROWSER === 'chrome') return () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  return null;
}
