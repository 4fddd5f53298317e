/**
 * Background side of the in-page lens: the toolbar badge shows how many references the content
 * script marked on its tab, and the 'toggle-panel' shortcut is forwarded to the focused tab.
 */
import { browser } from 'wxt/browser';
import type { TabMessage } from '../messages';
import type { TextFeatures } from '../../core/types';
import type { HandlerTable } from './router';
import { scanHandlers } from './scan-handlers';
import { toolbarAction } from './toolbar-action';

/** Features received so far per (tab, page summary id); a handful at most, so a small cap suffices. */
const parts = new Map<string, TextFeatures[]>();
const MAX_PENDING = 16;

/** '' hides the badge; large counts are shortened so the badge stays legible. */
export function badgeText(count: number, sinoRussian: boolean): string {
  if (!sinoRussian || !Number.isFinite(count) || count <= 0) return '';
  return count > 999 ? '999+' : String(Math.floor(count));
}

export const pageHandlers: HandlerTable = {
  'summarize-part': async ({ id, count, features, done, published, url, title, regions }, sender) => {
    const key = `${sender.tabId ?? '-'}:${id}`;
    const list = parts.get(key) ?? [];
    list.push(features);
    parts.delete(key);
    if (!done) {
      parts.set(key, list);
      // Oldest first in a Map: forget abandoned summaries (tab closed mid-way).
      while (parts.size > MAX_PENDING) parts.delete(parts.keys().next().value!);
      return {};
    }
    // A service worker restarted mid-way has lost the earlier parts: the page then sends it whole.
    if (list.length !== count) throw new Error(`summary ${id}: ${list.length} of ${count} parts`);
    const merged: TextFeatures = {
      references: list.flatMap((f) => f.references),
      dates: list.flatMap((f) => f.dates),
      cues: list.flatMap((f) => f.cues),
      length: Math.max(...list.map((f) => f.length)),
    };
    // The scan handlers' own summary, so the engine and its cache are the same ones.
    const summary = await scanHandlers['summarize-page']!({ features: merged, published, url, title, regions }, sender);
    return { summary };
  },
  'open-entity-view': async ({ entityId }) => {
    if (typeof entityId !== 'string' || !/^[\w-]{1,200}$/.test(entityId)) throw new Error('open-entity-view needs an entity id');
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?entity=${encodeURIComponent(entityId)}`) });
    return { ok: true };
  },
  'page-result': async ({ count, sinoRussian }, sender) => {
    if (sender.tabId !== undefined) {
      await toolbarAction().setBadgeText({ tabId: sender.tabId, text: badgeText(count, sinoRussian) });
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
    if (command !== 'toggle-panel' && command !== 'save-quote') return;
    const forward = (id: number | undefined) => id !== undefined && void sendToTab(id, { lens: command });
    if (tab?.id !== undefined) forward(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => forward(t?.id));
  });
}
