/**
 * Pointer, keyboard and panel behaviour around the marks: finds the mark under the pointer, opens
 * and closes the card on the CardController's schedule, fills the card from the background, and runs
 * the panel's keyboard walk through the references.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardEvent } from '../../components/card/Card';
import type { Lang } from '../../core/types';
import { spanOf } from '../../core/dates/partial-date';
import { resolveUiLang } from '../../lib/i18n/ui-lang';
import { contentLang as contentLangFor } from '../../lib/i18n/content-text';
import type { Settings } from '../../lib/settings';
import { CardController } from './card-controller';
import { placeCard } from './card-position';
import { markAtPoint, type MarkIndex } from './hit-test';
import { LensUi, type UiState } from './lens-ui';
import type { Mark } from './mark-types';
import type { PageLens, Send } from './page-lens';
import type { ResponseOf } from '../../lib/messages';
import { panelContents } from './panel-contents';
import { stepIndex, type StepDirection } from './reference-steps';
import { UNDO_TOAST_MS, type SiteSwitch } from './site-switch';
import { whenIdle } from './idle-queue';
import { loadUiChunk } from './ui-chunk';

const CARD_EVENTS = 4;
/** How long a card waits for its answers before it shows 'Loading…'. */
const CARD_WAIT_MS = 80;
/** How long the card's events wait for the reader's stars and notes, to show them in one piece. */
const USER_STATE_WAIT_MS = 150;
const MIN_CARD_BESIDE_PANEL = 256;

/** A card's content, and the reader's stars and notes when they came with it. */
interface CardAnswer {
  patch: Partial<NonNullable<UiState['card']>>;
  withAnswer?: ResponseOf<'user-state'>;
}

export function pageLang(doc: Document = document): Lang {
  const lang = (doc.documentElement.lang || '').slice(0, 2).toLowerCase();
  return lang === 'zh' || lang === 'ru' ? lang : 'en';
}

/** Events whose date agrees with `date` at the coarser of the two precisions. */
/** Whether an event's days and a date mention's days meet ('17 May' inside a visit of 16–17 May). */
function overlaps(date: string, endDate: string | undefined, mention: string): boolean {
  try {
    const [a0, a1] = spanOf(date, endDate);
    const [b0, b1] = spanOf(mention);
    return a0 <= b1 && b0 <= a1;
  } catch {
    return false;
  }
}

export class PageUi {
  private readonly ui: LensUi;
  private readonly controller: CardController<Mark>;
  private readonly index: MarkIndex;
  /** The reference the shortcuts last went to: the next step continues from it even after its card closed. */
  private lastStep: Mark | null = null;
  /** Where focus was in the page before a shortcut moved it into a card. */
  private cardReturnFocus: Element | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | null = null;
  private state: UiState;
  private point = { x: 0, y: 0 };
  private frame = 0;
  private returnFocus: Element | null = null;
  /** A panel step's scroll and 'current' mark, run in the frame that draws its card. */
  private reveal: { mark: Mark; run: () => void } | null = null;

  constructor(
    ctx: ContentScriptContext,
    private readonly lens: PageLens,
    private readonly send: Send,
    private readonly site: SiteSwitch,
  ) {
    const lang = pageLang();
    // The languages are resolved when something is first drawn (`languages`): asking the browser's UI language
    // costs a first extension API call (~8 ms in a fresh renderer), not worth paying before the marks.
    this.state = { dark: false, pageLang: lang, uiLang: 'en', contentLang: 'en', site: location.hostname, card: null, panel: null, toast: null, focusCard: null };
    this.controller = new CardController<Mark>(
      (mark) => void this.openCard(mark),
      () => {
        this.lens.highlights.setHover(null);
        this.update({ card: null });
      },
    );
    this.index = {
      byRange: lens.byRange,
      get sorted() {
        return lens.marks;
      },
      offsetOf: (node, offset) => lens.text.offsetOf(node, offset),
    };
    this.ui = new LensUi(ctx, {
      onCardPointer: (inside) => this.controller.pointerOnCard(inside),
      onCloseCard: () => this.closeCard(),
      // Once: a card the pointer opens later, even on the same reference, leaves focus where it is.
      onCardFocused: () => void (this.state = { ...this.state, focusCard: null }),
      onStepReference: (direction) => this.stepReference(direction),
      onShowInPanel: () => this.openPanel(this.controller.current),
      onSiteOff: () => this.turnSiteOff(),
      onUndoSiteOff: () => this.undoSiteOff(),
      onCloseToast: () => this.hideToast(),
      onStep: (i) => this.stepTo(i),
      onClosePanel: () => this.closePanel(),
      onScanAnyway: () => this.lens.scanAnyway(),
      onToggleSaved: (id) => void this.toggleSaved(id),
      onSaveEntityNote: (entityId, text) => this.saveEntityNote(entityId, text),
      onAllEvents: (entityId) => void this.send('open-entity-view', { entityId }).catch(() => null),
    });
    ctx.addEventListener(document, 'pointermove', (e) => this.onPointerMove(e as PointerEvent), { passive: true });
    ctx.addEventListener(document, 'click', (e) => this.onTap(e as PointerEvent), { capture: true, passive: true });
    ctx.addEventListener(document, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent), { capture: true });
    ctx.addEventListener(window, 'scroll', () => this.replaceCard(), { passive: true, capture: true });
  }

  /** The host element, to tell our own mutations and events from the page's. */
  get host() {
    return this.ui.host;
  }

  /** The reader's language settings: applied at once to an open card or panel. */
  setLanguage(settings: Pick<Settings, 'interfaceLanguage' | 'contentInPageLanguage'>) {
    this.languages = { interfaceLanguage: settings.interfaceLanguage, contentInPageLanguage: settings.contentInPageLanguage };
    if (this.state.card || this.state.panel || this.state.toast) this.update({});
  }

  /** The language settings not yet resolved into the state (resolved just before a render). */
  private languages: Pick<Settings, 'interfaceLanguage' | 'contentInPageLanguage'> | null = { interfaceLanguage: 'browser', contentInPageLanguage: false };

  private resolvedLanguages(): Pick<UiState, 'uiLang' | 'contentLang'> {
    const settings = this.languages;
    if (!settings) return { uiLang: this.state.uiLang, contentLang: this.state.contentLang };
    this.languages = null;
    const uiLang = resolveUiLang(settings.interfaceLanguage);
    return { uiLang, contentLang: contentLangFor(uiLang, this.state.pageLang, settings.contentInPageLanguage) };
  }

  private uiPreloaded = false;

  /**
   * Once the page has marks, the UI chunk loads in an idle moment, so the first card does not wait for
   * it; pages without marks never load it.
   */
  private preloadUi() {
    if (this.uiPreloaded) return;
    this.uiPreloaded = true;
    void whenIdle(2000)
      .then(() => loadUiChunk())
      .catch(() => undefined);
  }

  /** The page's marks changed (rescan, settings, lens turned off). */
  refresh() {
    if (this.lens.marks.length > 0) this.preloadUi();
    const current = this.controller.current;
    if (current && !this.lens.byRange.has(current.range)) this.controller.close();
    if (this.lens.marks.length === 0 && !this.state.panel) {
      this.controller.close();
      this.lens.highlights.setCurrent(null);
    }
    if (!this.lens.enabled) {
      // Switched off: everything of ours leaves the page (the panel can be opened again to say so),
      // except the notice that offers to undo it.
      this.state = { ...this.state, card: null, panel: null };
      this.lastStep = null;
      if (this.state.toast) this.update({});
      else this.ui.destroy();
      return;
    }
    if (this.state.panel) this.update({ panel: { ...this.state.panel, ...this.panelData() } });
    // The theme changed under an open card (system or page switched to dark); closed, the next render reads it.
    else if (this.state.card && this.state.dark !== this.lens.dark) this.update({});
  }

  togglePanel() {
    if (this.state.panel) this.closePanel();
    else this.openPanel(null);
  }

  /** The next/previous reference without the panel (the shortcuts): scrolled into view, its card opened and focused. */
  stepReference(direction: StepDirection) {
    const marks = this.lens.marks;
    const from = this.controller.current ?? this.lastStep;
    const at = from ? marks.indexOf(from) : -1;
    const box = (i: number) => marks[i].range.getBoundingClientRect();
    const i = stepIndex(marks.length, at, direction, (k) => box(k).top, (k) => box(k).bottom, window.innerHeight);
    if (i < 0) return;
    if (this.state.panel) {
      this.stepTo(i);
      return;
    }
    this.goTo(marks[i]);
  }

  /** The popup's 'Show on this page': the first reference, or the panel (which says why) when nothing is marked. */
  showOnPage() {
    const first = this.lens.marks[0];
    if (!first) {
      if (!this.state.panel) this.openPanel(null);
      return;
    }
    if (this.state.panel) this.stepTo(0);
    else this.goTo(first);
  }

  /** A shortcut's step without the panel: the same scroll as a panel step (stepTo), then the card, which takes focus. */
  private goTo(mark: Mark) {
    this.lastStep = mark;
    // The scroll and the 'current' mark land in the frame that draws the card, as a panel step's do (stepTo).
    this.reveal = { mark, run: () => this.scrollTo(mark) };
    // Focus inside our shadow root shows as the host: only a page element is worth going back to.
    if (document.activeElement !== this.ui.host) this.cardReturnFocus = document.activeElement;
    // The card takes focus when it is drawn (whenever that is), so Tab reaches its buttons; Escape gives it back.
    this.state = { ...this.state, focusCard: mark.key };
    this.controller.focus(mark);
  }

  /** The card's × or Escape: a shortcut's card gives focus back to where it was in the page. */
  private closeCard() {
    const back = this.cardReturnFocus as HTMLElement | null;
    this.cardReturnFocus = null;
    const focusInCard = this.ui.cardHasFocus();
    this.controller.close();
    if (this.state.panel) return;
    this.lens.highlights.setCurrent(null);
    if (focusInCard && back?.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true });
  }

  /** 'Turn off on <site>' (card or panel): off at once, with an Undo beside it so one misclick costs nothing. */
  private turnSiteOff() {
    this.showToast();
    this.site.off();
  }

  private undoSiteOff() {
    this.hideToast();
    this.site.on();
  }

  private showToast() {
    this.update({ toast: { site: this.state.site } });
    this.scheduleToastEnd();
  }

  private scheduleToastEnd() {
    if (this.toastTimer !== null) clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => {
      this.toastTimer = null;
      // Not while the reader is reading or about to press it.
      if (this.ui.toastHasFocus()) this.scheduleToastEnd();
      else this.hideToast();
    }, UNDO_TOAST_MS);
  }

  private hideToast() {
    if (this.toastTimer !== null) clearTimeout(this.toastTimer);
    this.toastTimer = null;
    if (!this.state.toast) return;
    this.state = { ...this.state, toast: null };
    if (!this.lens.enabled) this.ui.destroy();
    else this.update({});
  }

  private update(change: Partial<UiState>) {
    this.state = { ...this.state, dark: this.lens.dark, ...this.resolvedLanguages(), ...change };
    void this.ui.render(this.state);
  }

  private onPointerMove(e: PointerEvent) {
    if (this.lens.marks.length === 0 && this.controller.current === null) return;
    if (this.ui.owns(e)) return;
    this.point = { x: e.clientX, y: e.clientY };
    if (this.frame) return;
    // One hit test per frame, however fast the pointer events come.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const mark = markAtPoint(this.index, this.point.x, this.point.y);
      if (mark) this.prefetch(mark);
      // The mark under the pointer shows (the only sign of it in the 'only on hover' style); an open card keeps its own.
      this.lens.highlights.setHover(mark?.range ?? this.controller.current?.range ?? null);
      this.controller.pointerOver(mark);
    });
  }

  /**
   * A click or tap on a mark opens its card at once and keeps it open (touch and pen have no hover);
   * a click elsewhere closes it. Passive: a mark inside a link still follows the link, and a click that
   * ends a text selection is the reader selecting, not asking for a card.
   */
  private onTap(e: PointerEvent) {
    if (this.ui.owns(e) || this.lens.marks.length === 0) return;
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed && e.pointerType !== 'touch') return;
    const mark = markAtPoint(this.index, e.clientX, e.clientY);
    if (mark) {
      this.lens.highlights.setHover(mark.range);
      this.controller.pin(mark);
    } else this.controller.close();
  }

  /** Escape from the page itself (focus outside our UI): the card first, then the panel. */
  private onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'Escape' || this.ui.owns(e)) return;
    if (this.controller.current) this.controller.close();
    else if (this.state.panel) this.closePanel();
  }

  private placement(mark: Mark) {
    const rect = mark.range.getClientRects()[0] ?? mark.range.getBoundingClientRect();
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    // With the panel open, the card keeps to the room beside it (a narrow or zoomed window would
    // otherwise put the card over the panel's list), unless that room is too narrow to read in.
    const panel = this.state.panel ? this.ui.panelBox() : null;
    if (panel && rect.left < panel.left && panel.left >= MIN_CARD_BESIDE_PANEL) viewport.width = panel.left;
    return placeCard(rect, viewport);
  }

  private replaceCard() {
    const mark = this.controller.current;
    if (!mark || !this.state.card) return;
    this.update({ card: { ...this.state.card, placement: this.placement(mark) } });
  }

  private loadingCard(mark: Mark): NonNullable<UiState['card']> {
    return { key: mark.key, entity: null, events: [], matched: mark.text, date: mark.date, status: 'loading', placement: this.placement(mark) };
  }

  /** A card's answer fetched ahead: while the pointer rests on a mark (the open delay), or the reference after a step. */
  private prefetched: { mark: Mark; answer: Promise<CardAnswer> } | null = null;

  /**
   * Starts fetching `mark`'s card before it opens, so what is left after the open delay (or for the next
   * j in the panel) is drawing it. A mark the pointer only crosses costs one small request.
   */
  private prefetch(mark: Mark) {
    if (!mark.entityId || this.prefetched?.mark === mark || this.controller.current === mark) return;
    const answer = this.fetchCard(mark);
    this.prefetched = { mark, answer };
  }

  private cardAnswer(mark: Mark): Promise<CardAnswer> {
    const ahead = this.prefetched;
    this.prefetched = null;
    return ahead?.mark === mark ? ahead.answer : this.fetchCard(mark);
  }

  /** What the card shows for `mark`: its events (and the reader's stars and notes on them) or a date's events. */
  private async fetchCard(mark: Mark): Promise<CardAnswer> {
    // The card speaks of this article: the page's events shown plainly, best first.
    const pageEvents = (this.lens.summary?.events ?? []).filter((e) => e.tier !== 'possible');
    if (!mark.entityId) {
      // A date's card: the page's events on that date (a day inside a visit's days counts).
      const inArticle: CardEvent[] = pageEvents.filter((e) => mark.date && overlaps(e.date, e.endDate, mark.date));
      return { patch: { inArticle: inArticle.slice(0, CARD_EVENTS), events: [], status: 'ready' } };
    }
    try {
      // With the page's events the background ranks the card by them; the features near the mark are not
      // sent (it does not read them then, and cutting them out of a 10 MB page's took ~6 ms).
      const res = await this.send('entity-card', { entityId: mark.entityId, published: this.lens.published, limit: CARD_EVENTS, pageEvents: pageEvents.map((e) => e.id), userState: true });
      if (!res) return { patch: { status: 'error' } };
      return {
        patch: { entity: res.entity, inArticle: res.inArticle, events: res.events.slice(0, CARD_EVENTS), total: res.total, status: 'ready' },
        withAnswer: res.userState,
      };
    } catch {
      return { patch: { status: 'error' } };
    }
  }

  /**
   * The card is drawn once, with its events and the reader's stars, when the answers come within
   * CARD_WAIT_MS (they do with a warm background); 'Loading…' only after that. Every frame that
   * changes the page costs the browser a walk of the whole page's highlights (~0.1 s on a 10 MB
   * page: bench/profile-big-page.ts), so a card in one frame instead of three is most of a step there.
   */
  private async openCard(mark: Mark) {
    const isOpen = () => this.controller.current === mark;
    const timer = setTimeout(() => {
      if (!isOpen() || this.state.card?.key === mark.key) return;
      this.revealFor(mark);
      this.update({ card: this.loadingCard(mark) });
    }, CARD_WAIT_MS);
    const { patch, withAnswer } = await this.cardAnswer(mark);
    // The reader may have moved on while the background answered.
    if (!isOpen()) return clearTimeout(timer);
    const ids = [...(patch.inArticle ?? []), ...(patch.events ?? [])].map((e) => e.id);
    const asked = withAnswer
      ? Promise.resolve(withAnswer)
      : ids.length === 0 && !mark.entityId
        ? null
        : this.send('user-state', { eventIds: ids, entityId: mark.entityId }).catch(() => null);
    // Stars and notes come in one render with the events when they answer quickly (they nearly always do),
    // so nothing shifts under the reader's eyes; a slow answer fills the star slots kept for it.
    const late = Symbol('late');
    const mine = asked ? await Promise.race([asked, new Promise<typeof late>((ok) => setTimeout(() => ok(late), USER_STATE_WAIT_MS))]) : late;
    clearTimeout(timer);
    if (!isOpen()) return;
    this.revealFor(mark);
    const stars = (m: typeof mine) => (m && m !== late ? { saved: m.saved, notes: m.notes, entityNote: m.entityNote ?? '' } : {});
    const card = this.state.card?.key === mark.key ? this.state.card : this.loadingCard(mark);
    this.update({ card: { ...card, ...patch, ...stars(mine) } });
    if (mine !== late || !asked) return;
    const answer = await asked;
    if (answer && isOpen() && this.state.card?.key === mark.key) this.update({ card: { ...this.state.card, ...stars(answer) } });
  }

  /** Returns whether the note was stored, so the card can say so (or say it failed). */
  private async saveEntityNote(entityId: string, text: string): Promise<boolean> {
    const res = await this.send('save-note', { targetType: 'entity', targetId: entityId, text }).catch(() => null);
    return res !== null;
  }

  private async toggleSaved(eventId: string) {
    const res = await this.send('toggle-saved', { eventId }).catch(() => null);
    const card = this.state.card;
    if (!res || !card?.saved) return;
    const saved = res.saved ? [...new Set([...card.saved, eventId])] : card.saved.filter((id) => id !== eventId);
    this.update({ card: { ...card, saved } });
  }

  private panelData() {
    return {
      ...panelContents(this.lens.marks, this.lens.summary),
      notice: this.lens.enabled ? undefined : ('off' as const),
    };
  }

  private openPanel(focus: Mark | null) {
    this.returnFocus = document.activeElement;
    const current = focus ? this.lens.marks.indexOf(focus) : -1;
    // The panel's list keeps focus while it steps: no card takes it from there.
    this.update({ panel: { ...this.panelData(), current }, focusCard: null });
  }

  private closePanel() {
    this.reveal = null;
    this.lens.highlights.setCurrent(null);
    if (this.controller.via === 'keyboard') this.controller.close();
    this.update({ panel: null });
    const back = this.returnFocus as HTMLElement | null;
    this.returnFocus = null;
    if (back?.isConnected && typeof back.focus === 'function') back.focus({ preventScroll: true });
  }

  /**
   * Keyboard step: bring the reference into view, mark it as current, show its card, all in the
   * frame that draws the card (openCard runs `reveal` just before it): on a 10 MB page every frame
   * that changes anything costs the browser a walk of the whole page (~0.1–0.2 s), so one frame per
   * step instead of two halves a step there; elsewhere the card's answer comes within a few ms.
   */
  stepTo(markIndex: number) {
    const mark = this.lens.marks[markIndex];
    if (!mark || !this.state.panel) return;
    this.state = { ...this.state, panel: { ...this.state.panel, current: markIndex } };
    this.reveal = {
      mark,
      run: () => this.scrollTo(mark),
    };
    this.controller.focus(mark);
    // The reader stepping with j goes on to the next one: its card is asked for now.
    const next = this.lens.marks[markIndex + 1];
    if (next) this.prefetch(next);
  }

  /**
   * Brings scrolling containers round to the element, then centres the mention itself in the window (an
   * element's centre is not the mention's when the element is taller than the window); marks it current.
   */
  private scrollTo(mark: Mark) {
    mark.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    const box = mark.range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      window.scrollBy({ top: box.top - window.innerHeight / 2, behavior: 'instant' as ScrollBehavior });
    }
    this.lens.highlights.setCurrent(mark.range);
  }

  /** Runs the step's scroll and 'current' mark for `mark`, if a step to it is waiting. */
  private revealFor(mark: Mark) {
    const step = this.reveal;
    if (step?.mark !== mark) return;
    this.reveal = null;
    step.run();
  }

  /** A container in our shadow root for other in-page UI (the 'Save quote' button). */
  slot(id: string): Promise<HTMLElement | null> {
    return this.ui.slot(id);
  }

  destroy() {
    if (this.toastTimer !== null) clearTimeout(this.toastTimer);
    this.controller.close();
    this.ui.destroy();
  }
}
