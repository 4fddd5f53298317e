/**
 * Our only element in the page: one shadow host (created on first use) holding the card and the panel.
 * The card's CSS lives inside the shadow root (cssInjectionMode 'ui'), so nothing leaks either way.
 */
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Entity, Lang } from '../../core/types';
import { Card, type CardEvent } from '../../components/card/Card';
import { Panel, type PanelGroup, type PanelProps } from '../../components/card/Panel';
import type { Placement } from './card-position';
import { I18nProvider } from '../../lib/i18n/use-i18n';
import type { UiLang } from '../../lib/i18n/i18n';

export const HOST_NAME = 'crlens-ui';

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
}

export interface UiActions {
  onCardPointer: (inside: boolean) => void;
  onCloseCard: () => void;
  onShowInPanel: () => void;
  onSiteOff: () => void;
  onStep: (markIndex: number) => void;
  onClosePanel: () => void;
  onScanAnyway: () => void;
  onToggleSaved: (eventId: string) => void;
  onSaveEntityNote: (entityId: string, text: string) => Promise<boolean>;
  onAllEvents: (entityId: string) => void;
}

const FOCUSABLE = 'button:not(:disabled), a[href], [tabindex="0"]';

function App({ state, actions }: { state: UiState; actions: UiActions }) {
  const { card, panel } = state;
  const root = useRef<HTMLDivElement>(null);
  const focused = () => (root.current?.getRootNode() as ShadowRoot | undefined)?.activeElement ?? null;
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
    </div>
  );
}

export class LensUi {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private creating: Promise<void> | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly actions: UiActions,
  ) {}

  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  private create(name: string) {
    return createShadowRootUi(this.ctx, {
      name,
      position: 'inline',
      // After <body>, not in it: the page's own content tree stays exactly as the page built it.
      anchor: () => document.documentElement,
      append: 'last',
      mode: 'open',
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: () => undefined,
    });
  }

  /** Creates the shadow host on first use: pages we never show anything on get no element at all. */
  private ensure(): Promise<void> {
    this.creating ??= this.create(HOST_NAME)
      // A page that claimed our element name (a custom element with its own shadow root) gets a fresh name.
      .catch(() => this.create(`${HOST_NAME}-${Math.random().toString(36).slice(2, 10)}`))
      .then((ui) => {
        this.ui = ui;
        ui.mount();
      });
    return this.creating;
  }

  async render(state: UiState) {
    if (!state.card && !state.panel && !this.ui) return;
    await this.ensure();
    if (this.ui) {
      render(
        <I18nProvider lang={state.uiLang}>
          <App state={state} actions={this.actions} />
        </I18nProvider>,
        this.ui.uiContainer,
      );
    }
  }

  /**
   * A container of its own inside our shadow root (created with the host on first use), for UI that is
   * not the card or the panel: the 'Save quote' button (`quote-button.tsx`).
   */
  async slot(id: string): Promise<HTMLElement | null> {
    await this.ensure();
    const shadow = this.ui?.shadow;
    if (!shadow) return null;
    let el = shadow.getElementById(id);
    if (!el) {
      el = document.createElement('div');
      el.id = id;
      // Beside the card's container, not in it: Preact owns that one's children.
      (shadow.querySelector('html') ?? shadow).appendChild(el);
    }
    return el;
  }

  /** Where the panel is on screen, if it is open. */
  panelBox(): DOMRect | null {
    return this.ui?.shadow.querySelector('.crl-panel')?.getBoundingClientRect() ?? null;
  }

  /** Whether an event came from inside our UI. */
  owns(event: Event): boolean {
    const host = this.host;
    return host !== null && event.composedPath().includes(host);
  }

  destroy() {
    if (this.ui) render(null, this.ui.uiContainer);
    this.ui?.remove();
    this.ui = null;
    this.creating = null;
  }
}
