/**
 * What our shadow root shows — card, panel, 'Turned off' notice — as Preact components. Loaded on first use
 * from the UI chunk (`ui-chunk.ts`, built from `entrypoints/content-ui.ts`), never on the way to the first
 * marks: Preact, the components and the three locale catalogues are most of the content script's code.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Entity, Lang } from '../../core/types';
import { Card, type CardEvent } from '../../components/card/Card';
import { Panel, type PanelGroup, type PanelProps } from '../../components/card/Panel';
import type { Placement } from './card-position';
import { I18nProvider } from '../../lib/i18n/use-i18n';
import type { UiLang } from '../../lib/i18n/i18n';
import { UndoToast } from '../../components/toast/UndoToast';

export interface CardState {
  key: string;
  entity: Entity | null;
  events: CardEvent[];
  /** This article's events with the entity (or, for a date, then): shown first as 'In this article'. */
  inArticle?: CardEvent[];
  /** All the dataset's events with the entity ('All N events →'). */
  total?: number;
  matched: string;
  date?: string;
  status: 'loading' | 'ready' | 'error';
  placement: Placement;
  /** The reader's stars and notes on the card's events (absent until the background answered). */
  saved?: string[];
  notes?: Record<string, string>;
  /** The reader's note on the card's entity ('' when none yet; absent until the background answered). */
  entityNote?: string;
}

export interface PanelState {
  groups: PanelGroup[];
  events: PanelProps['events'];
  possible?: PanelProps['possible'];
  current: number;
  sinoRussian: boolean;
  notice?: 'off';
}

export interface UiState {
  dark: boolean;
  pageLang: Lang;
  /** The interface language, and the language dataset text is shown in. */
  uiLang: UiLang;
  contentLang: Lang;
  site: string;
  card: CardState | null;
  panel: PanelState | null;
  /** 'Turned off on <site>' with Undo, after the reader turned the site off from the card or panel. */
  toast: { site: string } | null;
  /** The key of the card a shortcut opened: it takes focus when drawn, so Tab reaches its buttons. */
  focusCard: string | null;
}

export interface UiActions {
  onCardPointer: (inside: boolean) => void;
  onCloseCard: () => void;
  onCardFocused: () => void;
  onStepReference: (direction: 1 | -1) => void;
  onShowInPanel: () => void;
  onSiteOff: () => void;
  onUndoSiteOff: () => void;
  onCloseToast: () => void;
  onStep: (markIndex: number) => void;
  onClosePanel: () => void;
  onScanAnyway: () => void;
  onToggleSaved: (eventId: string) => void;
  onSaveEntityNote: (entityId: string, text: string) => Promise<boolean>;
  onAllEvents: (entityId: string) => void;
}

const FOCUSABLE = 'button:not(:disabled), a[href], [tabindex="0"]';

export function App({ state, actions }: { state: UiState; actions: UiActions }) {
  const { card, panel } = state;
  const root = useRef<HTMLDivElement>(null);
  const focused = () => (root.current?.getRootNode() as ShadowRoot | undefined)?.activeElement ?? null;
  // A card opened by a shortcut takes focus (once per reference) so its buttons are next on Tab.
  const focusKey = card && card.key === state.focusCard ? card.key : null;
  useEffect(() => {
    if (!focusKey) return;
    root.current?.querySelector<HTMLElement>('.crl-card')?.focus({ preventScroll: true });
    actions.onCardFocused();
  }, [focusKey]);
  /** Closing the card must not drop keyboard focus on the floor: with the panel open it goes back to the list. */
  const closeCard = () => {
    const inCard = !!focused()?.closest('.crl-card');
    actions.onCloseCard();
    const back = root.current?.querySelector<HTMLElement>('.crl-panel .crl-list') ?? root.current?.querySelector<HTMLElement>(`.crl-panel ${FOCUSABLE}`);
    if (inCard && panel) back?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Tab' && panel) {
      // While the panel is open, Tab cycles through the panel and the card it opened (a dialog's focus
      // loop); Escape or the close button leave it, and focus goes back where it was before.
      const stops = [...(root.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
      const at = stops.indexOf(focused() as HTMLElement);
      if (stops.length === 0) return;
      if (e.shiftKey && at <= 0) stops[stops.length - 1].focus();
      else if (!e.shiftKey && at === stops.length - 1) stops[0].focus();
      else return;
      e.preventDefault();
      return;
    }
    // In a card (a shortcut's, which holds focus): j and k step to the next and previous reference, as in the
    // panel's list. Our own shadow root only, never in the note's text field.
    const at = focused();
    if ((e.key === 'j' || e.key === 'k') && !panel && !e.altKey && !e.ctrlKey && !e.metaKey && at?.closest('.crl-card') && !at.closest('textarea, input')) {
      e.preventDefault();
      actions.onStepReference(e.key === 'j' ? 1 : -1);
      return;
    }
    if (e.key !== 'Escape') return;
    e.preventDefault();
    if (card) closeCard();
    else if (panel) actions.onClosePanel();
  };
  return (
    <div ref={root} class={`crl-root${state.dark ? ' crl-dark' : ''}`} onKeyDown={onKeyDown}>
      {panel && (
        <div class="crl-panel" role="dialog" aria-modal="false" aria-labelledby="crl-panel-title">
          <Panel
            {...panel}
            site={state.site}
            contentLang={state.contentLang}
            onStep={actions.onStep}
            onClose={actions.onClosePanel}
            onSiteOff={actions.onSiteOff}
            onScanAnyway={actions.onScanAnyway}
          />
        </div>
      )}
      {card && (
        <div
          class="crl-card"
          tabIndex={-1}
          role="dialog"
          aria-label={card.entity?.name ?? card.matched}
          style={{
            left: `${card.placement.left}px`,
            width: card.placement.width !== undefined ? `${card.placement.width}px` : undefined,
            top: card.placement.top !== undefined ? `${card.placement.top}px` : undefined,
            bottom: card.placement.bottom !== undefined ? `${card.placement.bottom}px` : undefined,
            maxHeight: `${card.placement.maxHeight}px`,
          }}
          onPointerEnter={() => actions.onCardPointer(true)}
          // While the reader types a note the card stays, wherever the pointer goes.
          onPointerLeave={() => {
            if (!focused()?.closest('.crl-card textarea')) actions.onCardPointer(false);
          }}
        >
          <Card
            entity={card.entity}
            events={card.events}
            inArticle={card.inArticle}
            total={card.total}
            onAllEvents={card.entity ? () => actions.onAllEvents(card.entity!.id) : undefined}
            matched={card.matched}
            date={card.date}
            pageLang={state.pageLang}
            contentLang={state.contentLang}
            status={card.status}
            site={state.site}
            reader={
              card.saved
                ? {
                    saved: card.saved,
                    notes: card.notes ?? {},
                    onToggleSaved: actions.onToggleSaved,
                    entityNote: card.entityNote,
                    onSaveEntityNote: card.entity ? (text) => actions.onSaveEntityNote(card.entity!.id, text) : undefined,
                  }
                : undefined
            }
            onClose={closeCard}
            onShowInPanel={panel ? undefined : actions.onShowInPanel}
            onSiteOff={actions.onSiteOff}
          />
        </div>
      )}
      {state.toast && <UndoToast site={state.toast.site} onUndo={actions.onUndoSiteOff} onClose={actions.onCloseToast} />}
    </div>
  );
}

/** Draws `state` into `container` (null: empties it). */
export function renderApp(container: HTMLElement, state: UiState | null, actions: UiActions) {
  render(
    state ? (
      <I18nProvider lang={state.uiLang}>
        <App state={state} actions={actions} />
      </I18nProvider>
    ) : null,
    container,
  );
}
