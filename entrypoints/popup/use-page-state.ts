/**
 * The page the popup describes: the active tab, or `?tab=<id>` when popup.html is opened as a tab (tests).
 * Asks that tab's content script what it found, and waits a little while the page is still being read.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabMessage, TabPageState } from '../../lib/messages';
import type { PageView } from '../../components/popup/PageSummary';

const POLL_MS = 250;
const MAX_POLLS = 40;

async function resolveTab(): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(location.search).get('tab');
  // Opened as a tab for another tab (tests): without the 'tabs' permission its URL is hidden anyway,
  // so skip the lookup; the content script's reply names the host.
  if (param && /^\d+$/.test(param)) return { id: Number(param) };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

async function ask(tabId: number, message: TabMessage): Promise<TabPageState | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, message)) as TabPageState | undefined;
    return reply && typeof reply === 'object' && 'enabled' in reply ? reply : null;
  } catch {
    return null; // no content script in that tab
  }
}

const hostOf = (url?: string) => {
  try {
    return url && /^https?:/.test(url) ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
};

type Tab = { id: number; url?: string } | null;
let early: { tab: Promise<Tab>; first: Promise<TabPageState | null> } | null = null;

/**
 * Asks the tab's content script before the first render (main.tsx): the reply is what 'On this page'
 * shows, so the round trip overlaps the database read and the first paint instead of following them.
 */
export function prefetchPageState(): void {
  if (early) return;
  const tab = resolveTab().catch(() => null);
  const first = tab.then((t) => (t && !(t.url && !/^https?:/.test(t.url)) ? ask(t.id, { lens: 'page-state' }) : null));
  early = { tab, first };
}

export function usePageState() {
  const [view, setView] = useState<PageView>({ status: 'loading' });
  const tab = useRef<{ id: number; url?: string } | null>(null);
  const generation = useRef(0);

  const poll = useCallback(async (scanning = false) => {
    const mine = ++generation.current;
    const pre = early;
    early = null;
    tab.current ??= await (pre?.tab ?? resolveTab().catch(() => null));
    const t = tab.current;
    if (!t || (t.url && !/^https?:/.test(t.url))) return setView({ status: 'unreachable' });
    for (let i = 0; i < MAX_POLLS && mine === generation.current; i++) {
      const state = i === 0 && pre ? await pre.first : await ask(t.id, { lens: 'page-state' });
      if (i === 0) performance.mark?.('crlens:page-state');
      const hostname = state?.hostname ?? hostOf(t.url);
      // Keep waiting while the content script is not there yet or is still reading an enabled page.
      const done = state && (!state.enabled || state.analysis || i >= MAX_POLLS - 1);
      if (done || (!state && i >= 8)) {
        return setView(state ? { status: 'ready', state, hostname, forced: scanning } : { status: 'unreachable' });
      }
      // After a few seconds show what we have (a 'scan anyway' button) but keep listening for the analysis.
      if (state && (scanning || i >= 12)) setView({ status: 'ready', state, hostname, scanning });
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }, []);

  useEffect(() => {
    void poll();
  }, [poll]);

  const scanAnyway = useCallback(async () => {
    const t = tab.current;
    if (!t || view.status !== 'ready') return;
    setView({ ...view, scanning: true });
    await ask(t.id, { lens: 'scan-anyway' });
    await poll(true);
  }, [view, poll]);

  const hostname = view.status === 'ready' ? view.hostname : hostOf(tab.current?.url);
  return { view, hostname, scanAnyway, refresh: () => void poll() };
}
