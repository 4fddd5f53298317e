/**
 * Our only element in the page: one shadow host (created on first use) holding the card and the panel.
 * The card's CSS lives inside the shadow root (cssInjectionMode 'ui'), so nothing leaks either way.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Entity, Lang } from '../../core/types';
import { Card, type CardEvent } from '../../components/card/Card';
import { Panel, type PanelGroup, type PanelProps } from '../../components/card/Panel';
import type { Placement } from './card-position';

export const HOST_NAME = 'crlens-ui';

export interface CardState {
  key: string;
  entity: Entity | null;
  events: CardEvent[];
  matched: string;
  date?: string;
  status: 'loading' | 'ready' | 'error';
  placement: Placement;
  /** The reader's stars and notes on the card's events (absent until the background answered). */
  saved?: string[];
  notes?: Record<string, string>;
}

export interface PanelState {
  groups: PanelGroup[];
  events: PanelProps['events'];
  current: number;
  sinoRussian: boolean;
  notice?: string;
}

export interface UiState {
  dark: boolean;
  pageLang: Lang;
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
}

function App({ state, actions }: { state: UiState; actions: UiActions }) {
  const { card, panel } = state;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    if (card) actions.onCloseCard();
    else if (panel) actions.onClosePanel();
  };
  return (
    <div class={`crl-root${state.dark ? ' crl-dark' : ''}`} onKeyDown={onKeyDown}>
      {panel && (
        <div class="crl-panel" role="dialog" aria-modal="false" aria-labelledby="crl-panel-title">
          <Panel
            {...panel}
            site={state.site}
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
            top: card.placement.top !== undefined ? `${card.placement.top}px` : undefined,
            bottom: card.placement.bottom !== undefined ? `${card.placement.bottom}px` : undefined,
            maxHeight: `${Math.min(440, card.placement.maxHeight)}px`,
          }}
          onPointerEnter={() => actions.onCardPointer(true)}
          onPointerLeave={() => actions.onCardPointer(false)}
        >
          <Card
            entity={card.entity}
            events={card.events}
            matched={card.matched}
            date={card.date}
            pageLang={state.pageLang}
            status={card.status}
            site={state.site}
            reader={card.saved ? { saved: card.saved, notes: card.notes ?? {}, onToggleSaved: actions.onToggleSaved } : undefined}
            onClose={actions.onCloseCard}
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
    if (this.ui) render(<App state={state} actions={this.actions} />, this.ui.uiContainer);
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
