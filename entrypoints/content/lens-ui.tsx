/**
 * Our only element in the page: one shadow host (created on first use) holding the card and the panel.
 * The card's CSS lives inside the shadow root (cssInjectionMode 'ui'), so nothing leaks either way.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { UiActions, UiState } from './lens-app';
import { loadedUiChunk, loadUiChunk } from './ui-chunk';

export type { CardState, PanelState, UiActions, UiState } from './lens-app';

export const HOST_NAME = 'crlens-ui';

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
    if (!state.card && !state.panel && !state.toast && !this.ui) return;
    // Both started at once: the shadow host (its CSS is fetched) and, the first time, the UI chunk.
    const chunk = loadUiChunk();
    await this.ensure();
    const ui = await chunk;
    if (this.ui) ui.renderApp(this.ui.uiContainer, state, this.actions);
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

  private hasFocus(selector: string): boolean {
    return !!this.ui?.shadow.activeElement?.closest(selector);
  }

  cardHasFocus(): boolean {
    return this.hasFocus('.crl-card');
  }

  toastHasFocus(): boolean {
    return this.hasFocus('.crl-toast') || !!this.ui?.shadow.querySelector('.crl-toast:hover');
  }

  /** Whether an event came from inside our UI. */
  owns(event: Event): boolean {
    const host = this.host;
    return host !== null && event.composedPath().includes(host);
  }

  destroy() {
    const loaded = loadedUiChunk();
    if (this.ui && loaded) loaded.renderApp(this.ui.uiContainer, null, this.actions);
    this.ui?.remove();
    this.ui = null;
    this.creating = null;
  }
}
