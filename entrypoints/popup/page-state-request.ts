/**
 * Finding the tab the popup describes and asking its content script for what it found. Kept apart from
 * the UI (only wxt/browser): main.tsx sends the first question before the rest of the popup is loaded.
 */
import { browser } from 'wxt/browser';
import type { TabMessage, TabPageState } from '../../lib/messages';

export async function resolveTab(): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  // Opened as a tab for another tab (tests): without the 'tabs' permission its URL is hidden anyway,
  // so skip the lookup; the content script's reply names the host.
  if (param && /^\d+$/.test(param)) return { id: Number(param) };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

export async function ask(tabId: number, message: TabMessage): Promise<TabPageState | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as TabPageState | undefined;
    return reply && typeof reply === 'object' && 'enabled' in reply ? reply : null;
  } catch {
    return null; // no content script in that tab
  }
}

export type Tab = { id: number; url?: string } | null;
export interface EarlyPageState {
  tab: Promise<Tab>;
  first: Promise<TabPageState | null>;
  /** Set once both have arrived: the first render can then show the page at once, without a round of effects. */
  settled?: { tab: Tab; state: TabPageState | null };
}
let early: EarlyPageState | null = null;

/**
 * Asks the tab's content script before the first render (main.tsx): the reply is what 'On this page'
 * shows, so the round trip overlaps the database read and the first paint instead of following them.
 */
export function prefetchPageState(): void {
  if (early) return;
  const tab = resolveTab().catch(() => null);
  const first = tab.then((t) => (t && !(t.url && !/^https?:/.test(t.url)) ? ask(t.id, { lens: 'page-state' }) : null));
  const pre: EarlyPageState = { tab, first };
  void Promise.all([tab, first]).then(([t, state]) => {
    pre.settled = { tab: t, state };
    performance.mark?.('crlens:page-state-reply');
  });
  early = pre;
}

/** The early answer if it has arrived already, without taking it. */
export function peekEarlyPageState(): EarlyPageState['settled'] {
  return early?.settled;
}

/** The early question and its tab, once: later polls ask afresh. */
export function takeEarlyPageState(): EarlyPageState | null {
  const pre = early;
  early = null;
  return pre;
}
