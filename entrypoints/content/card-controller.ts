/**
 * When the context card opens and closes. Timings follow Wikipedia's Page Previews: a short delay
 * before opening so passing the pointer over a name does nothing, and a grace period on leaving so
 * the pointer can travel from the name onto the card.
 */
export const OPEN_DELAY_MS = 150;
export const CLOSE_GRACE_MS = 300;

export type OpenedVia = 'hover' | 'keyboard' | 'click';

export interface CardTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: CardTimers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class CardController<T> {
  current: T | null = null;
  via: OpenedVia | null = null;
  private pending: T | null = null;
  private openTimer: unknown = null;
  private closeTimer: unknown = null;
  private onCard = false;

  constructor(
    private readonly onOpen: (target: T, via: OpenedVia) => void,
    private readonly onClose: () => void,
    private readonly timers: CardTimers = realTimers,
  ) {}

  /** The pointer moved; `target` is what it is over now (undefined: nothing of ours). */
  pointerOver(target: T | undefined) {
    if (target !== undefined && target === this.current) {
      this.cancelOpen();
      this.cancelClose();
      return;
    }
    if (target !== undefined) {
      if (target !== this.pending) {
        this.cancelOpen();
        this.pending = target;
        this.openTimer = this.timers.set(() => {
          this.openTimer = null;
          this.pending = null;
          this.open(target, 'hover');
        }, OPEN_DELAY_MS);
      }
      return;
    }
    this.cancelOpen();
    if (this.current !== null && !this.onCard && this.via === 'hover') this.scheduleClose();
  }

  /** The pointer entered (true) or left (false) the card itself. */
  pointerOnCard(inside: boolean) {
    this.onCard = inside;
    if (inside) {
      this.cancelClose();
      this.cancelOpen();
    } else if (this.current !== null && this.via === 'hover') this.scheduleClose();
  }

  /** Keyboard navigation reached a reference: show its card at once. */
  focus(target: T) {
    this.cancelOpen();
    this.open(target, 'keyboard');
  }

  /** A click or tap on a reference: its card opens at once (or, already open, stays until closed). */
  pin(target: T) {
    this.cancelOpen();
    this.cancelClose();
    if (target === this.current) this.via = 'click';
    else this.open(target, 'click');
  }

  close() {
    this.cancelOpen();
    this.cancelClose();
    if (this.current === null) return;
    this.current = null;
    this.via = null;
    this.onCard = false;
    this.onClose();
  }

  private open(target: T, via: OpenedVia) {
    this.cancelClose();
    this.current = target;
    this.via = via;
    this.onOpen(target, via);
  }

  private scheduleClose() {
    if (this.closeTimer !== null) return;
    this.closeTimer = this.timers.set(() => {
      this.closeTimer = null;
      this.close();
    }, CLOSE_GRACE_MS);
  }

  private cancelOpen() {
    if (this.openTimer !== null) this.timers.clear(this.openTimer);
    this.openTimer = null;
    this.pending = null;
  }

  private cancelClose() {
    if (this.closeTimer !== null) this.timers.clear(this.closeTimer);
    this.closeTimer = null;
  }
}
