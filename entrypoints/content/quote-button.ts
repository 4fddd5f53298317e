/**
 * 'Save quote': when the reader selects text on a page the lens judged China–Russia, a small button appears
 * beside the selection, in our shadow root. Pressing it opens a little form (the quote, an optional note);
 * saving sends the quote with the page's title, address and publication date to the background, which keeps
 * it in the notebook. No context-menu item: that needs the 'contextMenus' permission, and this needs none.
 * From the keyboard: the 'save-quote' shortcut (Alt+Shift+Q by default) opens the form with focus in it.
 * Page text is only ever read as text (Selection.toString) and rendered by Preact as text.
 */
import { resolveUiLang, type InterfaceLanguage } from '../../lib/i18n/ui-lang';
import type { Send } from './page-lens';
import type { Selected } from './quote-ui';
import { loadedUiChunk, loadUiChunk } from './ui-chunk';
import './quote-button.css';

export const QUOTE_SLOT = 'crl-quote-slot';
const MIN_CHARS = 3;
const MAX_CHARS = 10000;

interface Env {
  send: Send;
  slot: () => Promise<HTMLElement | null>;
  /** Whether the lens is on for this page and judged it China–Russia. */
  allowed: () => boolean;
  /** Whether an event or node belongs to our own UI (selections inside it are not quotes). */
  isOurs: (node: Node | null) => boolean;
  published: () => string | undefined;
  dark: () => boolean;
}

export class QuoteButton {
  private selected: Selected | null = null;
  private container: HTMLElement | null = null;
  /** The interface-language setting, resolved when the button is drawn (not at the page's start: see page-ui.ts). */
  private lang: InterfaceLanguage = 'browser';
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** While the form is open, selection changes (focus moving into our note field) don't close it. */
  private formOpen = false;

  constructor(private readonly env: Env) {
    document.addEventListener('selectionchange', this.onSelection);
  }

  setLanguage(lang: InterfaceLanguage) {
    this.lang = lang;
    if (this.selected) void this.draw();
  }

  private readonly onSelection = () => {
    if (this.timer) clearTimeout(this.timer);
    // After the selection settles (a drag fires many changes).
    this.timer = setTimeout(() => this.check(), 250);
  };

  /** The reader's selection as a quote, or null when it is none (too short, inside our UI, lens off here). */
  private selection(): Selected | null {
    const sel = document.getSelection();
    const text = sel && !sel.isCollapsed ? sel.toString().trim() : '';
    if (!sel || text.length < MIN_CHARS || text.length > MAX_CHARS || !this.env.allowed() || this.env.isOurs(sel.anchorNode)) return null;
    const range = sel.getRangeAt(sel.rangeCount - 1);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    return { text, x: last.right, y: last.bottom };
  }

  private check() {
    if (this.formOpen) return;
    const found = this.selection();
    if (!found) {
      if (this.selected) this.hide();
      return;
    }
    this.selected = found;
    void this.draw();
  }

  /** The keyboard path ('save-quote' shortcut): the form opens at once, focus in its note field. */
  openForm() {
    const found = this.selection();
    if (!found) return;
    if (this.timer) clearTimeout(this.timer);
    this.selected = found;
    this.formOpen = true;
    void this.draw(true);
  }

  private async draw(startOpen = false) {
    const chunk = loadUiChunk();
    this.container ??= await this.env.slot();
    const ui = await chunk;
    if (!this.container) return;
    if (!this.selected) {
      ui.renderQuote(this.container, null);
      return;
    }
    const selected = this.selected;
    ui.renderQuote(this.container, {
      lang: resolveUiLang(this.lang),
      id: `${selected.x},${selected.y},${selected.text.length},${startOpen}`,
      selected,
      dark: this.env.dark(),
      startOpen,
      onOpen: () => {
        this.formOpen = true;
      },
      onSave: (note) => this.save(selected, note),
      onClose: () => this.hide(),
    });
  }

  private async save(selected: Selected, note: string): Promise<boolean> {
    try {
      await this.env.send('save-quote', { text: selected.text, url: location.href, title: document.title, published: this.env.published(), note });
      setTimeout(() => this.hide(), 1500);
      return true;
    } catch {
      return false;
    }
  }

  hide() {
    this.selected = null;
    this.formOpen = false;
    const loaded = loadedUiChunk();
    if (this.container && loaded) loaded.renderQuote(this.container, null);
  }

  destroy() {
    document.removeEventListener('selectionchange', this.onSelection);
    if (this.timer) clearTimeout(this.timer);
    this.hide();
  }
}
