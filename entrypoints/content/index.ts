/**
 * China–Russia Lens in the page. Reads the page's text, lets the background engine find references,
 * marks them with the CSS Custom Highlight API and shows context cards and a panel. Silent on pages
 * that are not about China–Russia, and on sites or times the reader switched it off.
 */
// First: its timestamp is taken before the other modules are evaluated.
import { scriptStart } from './script-start';
import '../../components/card/card.css';
// The notice's styles go with the card's into our shadow root (its component is in the UI chunk).
import '../../components/toast/toast.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { TabMessage, TabPageState } from '../../lib/messages';
import { sendOverPort } from '../../lib/port-send';
import { DEFAULT_SETTINGS, getSettings, isSiteEnabled, updateSettings, watchSettings } from '../../lib/settings';
import { disableSite, enableSite } from '../../lib/site-list';
import { HOST_NAME } from './lens-ui';
import { whenIdle } from './idle-queue';
import { MutationBatcher } from './observe-mutations';
import { PageLens, type LensStats } from './page-lens';
import { PageUi, pageLang } from './page-ui';
import { readPublishedDate } from './published-date';
import { QuoteButton, QUOTE_SLOT } from './quote-button';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // As soon as the DOM is parsed (DOMContentLoaded), not at 'document_idle': Chrome waits for an idle
  // moment or ~200 ms after it, which was most of the wait for the first marks. Our work is sliced anyway.
  // Tried and dropped: 'document_start' (compile and settings read during the page's load, work started
  // after DOMContentLoaded) held the page's own DOMContentLoaded back by about as much as it gained
  // (docs/performance.md).
  runAt: 'document_end',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const stats: LensStats = { start: performance.now(), scriptStart, marks: 0, textLength: 0, scans: 0 };
    // Isolated-world global: invisible to the page, readable by our measurement script over CDP.
    (globalThis as { crlensStats?: LensStats }).crlensStats = stats;

    const settingsRead = getSettings();
    const lens = new PageLens(sendOverPort, DEFAULT_SETTINGS, HOST_NAME, stats);
    const hostname = location.hostname;
    const ui = new PageUi(ctx, lens, sendOverPort, {
      off: () => void updateSettings((s) => disableSite(s, hostname)),
      on: () => void updateSettings((s) => enableSite(s, hostname)),
    });
    lens.onChange = () => ui.refresh();
    const isOurs = (n: Node) => {
      const host = ui.host;
      return host !== null && (n === host || host.contains(n));
    };
    const mutations = new MutationBatcher(isOurs, lens.skip, (batch) => void lens.handleMutations(batch));
    const quotes = new QuoteButton({
      send: sendOverPort,
      slot: () => ui.slot(QUOTE_SLOT),
      allowed: () => lens.enabled && !!lens.summary?.sinoRussian,
      isOurs: (n) => n !== null && isOurs(n),
      published: () => lens.published,
      dark: () => lens.dark,
    });

    // Read the page while the settings load (the background, which reads them too, analyses it only
    // where the lens is on); observe from now on so nothing added meanwhile is missed.
    lens.published = readPublishedDate();
    lens.prepare();
    // The usual article is sent for its scan now; the background answers only if the lens is on here.
    lens.prescan(hostname);
    mutations.start();
    const settings = await settingsRead;
    stats.settingsMs = performance.now() - stats.start;
    lens.updateSettings(settings);
    ui.setLanguage(settings);
    quotes.setLanguage(settings.interfaceLanguage);

    const apply = (active: boolean) => {
      lens.setActive(active);
      if (active) mutations.start();
      else mutations.stop();
    };
    apply(isSiteEnabled(settings, hostname));
    const unwatch = watchSettings((next) => {
      lens.updateSettings(next);
      ui.setLanguage(next);
      quotes.setLanguage(next.interfaceLanguage);
      apply(isSiteEnabled(next, hostname));
    });

    // Single-page apps: a new article under a new address, possibly with a new publication date.
    // Only a new path or query means a new article; '#section' jumps keep the page as it is.
    ctx.addEventListener(window, 'wxt:locationchange', (e) => {
      const { newUrl, oldUrl } = e as unknown as { newUrl: URL; oldUrl: URL };
      if (newUrl.pathname === oldUrl.pathname && newUrl.search === oldUrl.search) return;
      // The old article's marks and badge go now; the navigation event comes before the new content,
      // so the rescan waits until the page has had a moment.
      lens.navigated();
      void whenIdle(1000).then(() => {
        lens.published = readPublishedDate();
        if (lens.enabled) void lens.fullScan();
      });
    });

    const pageState = (): TabPageState => ({
      hostname,
      url: location.href,
      title: document.title,
      lang: pageLang(),
      enabled: lens.enabled,
      sinoRussian: lens.summary?.sinoRussian ?? false,
      marked: lens.marks.length,
      analysis: lens.summary,
    });
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const msg = message as TabMessage;
      // The popup polls 'page-state': answer at once with what we have (analysis stays null until ready).
      if (msg?.lens === 'page-state') {
        sendResponse(pageState());
        return undefined;
      }
      if (msg?.lens === 'toggle-panel') ui.togglePanel();
      else if (msg?.lens === 'step-reference') ui.stepReference(msg.direction === -1 ? -1 : 1);
      else if (msg?.lens === 'show-on-page') ui.showOnPage();
      else if (msg?.lens === 'scan-anyway') lens.scanAnyway();
      else if (msg?.lens === 'resummarize') void lens.resummarize();
      else if (msg?.lens === 'save-quote') {
        quotes.openForm();
        return undefined;
      }
      else return undefined;
      void lens.idle().then(() => sendResponse(pageState()));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
      mutations.stop();
      quotes.destroy();
      lens.setActive(false);
      ui.destroy();
    });
  },
});
