/**
 * Background side of the in-page lens: the toolbar badge shows how many references the content
 * script marked on its tab, and the 'toggle-panel' shortcut is forwarded to the focused tab.
 */
import { browser } from 'wxt/browser';
import type { TabMessage } from '../messages';
import type { HandlerTable } from './router';

/** '' hides the badge; large counts are shortened so the badge stays legible. */
export function badgeText(count: number, sinoRussian: boolean): string {
  if (!sinoRussian || !Number.isFinite(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}

export const pageHandlers: HandlerTable = {
  'page-result': async ({ count, sinoRussian }, sender) => {
    if (sender.tabId !== undefined) {
      await browser.action.setBadgeText({ tabId: sender.tabId, text: badgeText(count, sinoRussian) });
    }
    return { ok: true };
  },
};

/** Sends a message to a tab's content script; tabs without one (chrome://, the store) just don't answer. */
export async function sendToTab(tabId: number, message: TabMessage): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    return undefined;
  }
}

export function registerPageCommands() {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel') return;
    const forward = (id: number | undefined) => id !== undefined && void sendToTab(id, { lens: 'toggle-panel' });
    if (tab?.id !== undefined) forward(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => forward(t?.id));
  });
}
