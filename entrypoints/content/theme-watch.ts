/**
 * Light or dark, live. Marks are painted on the page's own text, so their palette follows what the page
 * paints (its background; a transparent page's colour scheme, which may follow the system). Our card and
 * panel follow the reader's theme setting: the system's scheme ('auto'), the page ('page'), or a fixed one.
 * Both are re-read when the system's scheme changes (matchMedia) and when <html> or <body> change their
 * attributes (a site's dark-mode switch toggles a class or style there), so marks drawn before a switch
 * are re-coloured after it.
 */
import type { Theme } from '../../lib/settings';
import { pageLooksDark } from './page-styles';

/** Whether our card and panel are dark. Pure. */
export function surfaceIsDark(theme: Theme, systemDark: boolean, pageDark: boolean): boolean {
  switch (theme) {
    case 'dark':
      return true;
    case 'light':
      return false;
    case 'page':
      return pageDark;
    case 'auto':
    default:
      return systemDark;
  }
}

/** A page's switch may fade its background: look again once a typical transition has ended. */
const SETTLE_MS = 450;

export class ThemeWatch {
  private page = false;
  private system = false;
  /** Read on first use, not at start: the page's computed style is only asked for when marks are drawn
   * (on a 10 MB page still laying out, an early read forces a style recalculation of the whole page). */
  private known = false;
  private media: MediaQueryList | null = null;
  private observer: MutationObserver | null = null;
  private watchedBody: HTMLElement | null = null;
  private frame = 0;
  private settle: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly onChange: () => void,
    private readonly doc: Document = document,
  ) {}

  start() {
    if (this.observer) return;
    // jsdom and old engines have no matchMedia: then only the page is watched.
    const view = this.doc.defaultView;
    this.media = typeof view?.matchMedia === 'function' ? view.matchMedia('(prefers-color-scheme: dark)') : null;
    this.media?.addEventListener('change', this.soon);
    this.observer = new MutationObserver(this.soon);
    this.observer.observe(this.doc.documentElement, { attributes: true });
    this.watchBody();
    this.known = false;
  }

  get pageDark(): boolean {
    if (!this.known) this.read();
    return this.page;
  }

  get systemDark(): boolean {
    if (!this.known) this.read();
    return this.system;
  }

  stop() {
    this.media?.removeEventListener('change', this.soon);
    this.media = null;
    this.observer?.disconnect();
    this.observer = null;
    this.watchedBody = null;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (this.settle !== null) clearTimeout(this.settle);
    this.settle = null;
  }

  private watchBody() {
    const body = this.doc.body;
    if (body && body !== this.watchedBody && this.observer) {
      this.watchedBody = body;
      this.observer.observe(body, { attributes: true });
    }
  }

  /** Reads both; true if either changed since the last read. */
  private read(): boolean {
    const page = pageLooksDark(this.doc);
    const system = this.media?.matches ?? false;
    const changed = !this.known || page !== this.page || system !== this.system;
    this.page = page;
    this.system = system;
    this.known = true;
    return changed;
  }

  /** At most one look per frame however many attributes change, and one more after a fade. */
  private readonly soon = () => {
    if (!this.observer) return;
    if (!this.frame && typeof requestAnimationFrame === 'function') {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.check();
      });
    }
    if (this.settle !== null) clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.settle = null;
      this.check();
    }, SETTLE_MS);
  };

  private check() {
    if (!this.observer) return;
    this.watchBody();
    // Nothing asked yet (nothing drawn): the first use reads it.
    if (!this.known) return;
    if (this.read()) this.onChange();
  }
}
