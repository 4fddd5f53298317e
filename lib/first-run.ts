/**
 * The first-run page (entrypoints/welcome/) opens once, when the extension is installed: not on an
 * update, a browser update or a reload of the extension, and not twice if the browser reports an install
 * again while our storage survived (Firefox's temporary add-ons can). Pure decision plus one storage flag.
 */
import { storage } from 'wxt/utils/storage';

/** `runtime.onInstalled`'s reason: 'install', 'update', 'chrome_update' / 'browser_update', 'shared_module_update'. */
export function shouldOpenWelcome(reason: string | undefined, alreadyShown: boolean): boolean {
  return reason === 'install' && !alreadyShown;
}

export const welcomeShownItem = storage.defineItem<boolean>('local:welcomeShown', { fallback: false });

/** Opens the page through `open` when the decision says so, and remembers it was shown. */
export async function openWelcomeOnInstall(reason: string | undefined, open: () => Promise<unknown>): Promise<boolean> {
  if (!shouldOpenWelcome(reason, await welcomeShownItem.getValue())) return false;
  await welcomeShownItem.setValue(true);
  await open();
  return true;
}
