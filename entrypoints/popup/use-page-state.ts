/**
 * The page the popup describes: the active tab, or `?tab=<id>` when popup.html is opened as a tab (tests).
 * Asks that tab's content script what it found, and waits a little while the page is still being read.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageView } from '../../components/popup/PageSummary';
import type { TabPageState } from '../../lib/messages';
import { ask, peekEarlyPageState, resolveTab, takeEarlyPageState, type Tab } from './page-state-request';

const POLL_MS = 250;
const MAX_POLLS = 40;

const hostOf = (url?: string) => {
  try {
    return url && /^https?:/.test(url) ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
};

const readable = (t: Tab): t is NonNullable<Tab> => !!t && !(t.url && !/^https?:/.test(t.url));

/** What to show for the i-th answer, or null to keep waiting (the content script is absent or still reading). */
function viewFor(t: NonNullable<Tab>, state: TabPageState | null, i: number, scanning: boolean): PageView | null {
  const hostname = state?.hostname ?? hostOf(t.url);
  const done = state && (!state.enabled || state.analysis || i >= MAX_POLLS - 1);
  if (done || (!state && i >= 8)) return state ? { status: 'ready', state, hostname, forced: scanning } : { status: 'unreachable' };
  return null;
}

export function usePageState() {
  // When the early answer is already in (it usually is by the time the UI chunk has loaded), the very
  // first render shows it: no effect and no extra frame before 'On this page' lists its events.
  const [initial] = useState(() => {
    const got = peekEarlyPageState();
    if (!got) return null;
    if (!readable(got.tab)) return { tab: got.tab, view: { status: 'unreachable' } as PageView };
    const v = viewFor(got.tab, got.state, 0, false);
    return v ? { tab: got.tab, view: v } : null;
  });
  const [view, setView] = useState<PageView>(initial?.view ?? { status: 'loading' });
  const tab = useRef<Tab>(initial?.tab ?? null);
  const generation = useRef(0);

  const poll = useCallback(async (scanning = false) => {
    const mine = ++generation.current;
    const pre = takeEarlyPageState();
    tab.current ??= await (pre?.tab ?? resolveTab().catch(() => null));
    const t = tab.current;
    if (!readable(t)) return setView({ status: 'unreachable' });
    for (let i = 0; i < MAX_POLLS && mine === generation.current; i++) {
      const state = i === 0 && pre ? await pre.first : await ask(t.id, { lens: 'page-state' });
      if (i === 0) performance.mark?.('crlens:page-state');
      // Keep waiting while the content script is not there yet or is still reading an enabled page.
      const final = viewFor(t, state, i, scanning);
      if (final) return setView(final);
      // After a few seconds show what we have (a 'scan anyway' button) but keep listening for the analysis.
      if (state && (scanning || i >= 12)) setView({ status: 'ready', state, hostname: state.hostname ?? hostOf(t.url), scanning });
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }, []);

  // A layout effect: it runs right after the first render, so an answer still on its way is shown when it
  // comes, not after the frame and timer a plain effect waits for.
  useLayoutEffect(() => {
    if (initial) takeEarlyPageState(); // answered already
    else void poll();
  }, [poll]);

  const scanAnyway = useCallback(async () => {
    const t = tab.current;
    if (!t || view.status !== 'ready') return;
    setView({ ...view, scanning: true });
    await ask(t.id, { lens: 'scan-anyway' });
    await poll(true);
  }, [view, poll]);

  /** 'Show on this page': the tab takes the reader to its first reference; the popup steps aside. */
  const showOnPage = useCallback(async () => {
    const t = tab.current;
    if (!t) return;
    await ask(t.id, { lens: 'show-on-page' });
    window.close();
  }, []);

  const hostname = view.status === 'ready' ? view.hostname : hostOf(tab.current?.url);
  const lang = view.status === 'ready' ? view.state.lang : undefined;
  return { view, hostname, lang, scanAnyway, showOnPage, refresh: () => void poll() };
}
