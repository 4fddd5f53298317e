/**
 * 'Save quote': when the reader selects text on a page the lens judged China–Russia, a small button appears
 * beside the selection, in our shadow root. Pressing it opens a little form (the quote, an optional note);
 * saving sends the quote with the page's title, address and publication date to the background, which keeps
 * it in the notebook. No context-menu item: that needs the 'contextMenus' permission, and this needs none.
 * From the keyboard: the 'save-quote' shortcut (Alt+Shift+Q by default) opens the form with focus in it.
 * Page text is only ever read as text (Selection.toString) and rendered by Preact as text.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { I18nProvider, useI18n } from '../../lib/i18n/use-i18n';
import { resolveUiLang, type InterfaceLanguage } from '../../lib/i18n/i18n';
import type { Send } from './page-lens';
import './quote-button.css';

export const QUOTE_SLOT = 'crl-quote-slot';
const MIN_CHARS = 3;
const MAX_CHARS = 10000;
const BUTTON_W = 140;

interface Selected {
  text: string;
  /** Where the selection ends, in viewport pixels: the button sits just below it. */
  x: number;
  y: number;
}

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

function QuoteUi({ selected, dark, startOpen, onOpen, onSave, onClose }: { selected: Selected; dark: boolean; startOpen: boolean; onOpen: () => void; onSave: (note: string) => Promise<boolean>; onClose: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(startOpen);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (open) noteRef.current?.focus();
  }, [open]);
  const left = Math.max(8, Math.min(selected.x - BUTTON_W / 2, innerWidth - (open ? 320 : BUTTON_W) - 8));
  const top = Math.min(selected.y + 8, innerHeight - (open ? 240 : 44));
  const save = async () => {
    setStatus('saving');
    setStatus((await onSave(note)) ? 'saved' : 'failed');
  };
  return (
    <div class={`crl-root crl-quote-ui${dark ? ' crl-dark' : ''}`} style={{ left: `${left}px`, top: `${Math.max(8, top)}px` }} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      {!open ? (
        <button
          type="button"
          class="crl-quote-button"
          data-testid="save-quote"
          // Keeps the page's selection: a press on our button must not collapse it.
          onPointerDown={(e) => e.preventDefault()}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            onOpen();
            setOpen(true);
          }}
        >
          ❝ {t('quote.save')}
        </button>
      ) : (
        <div class="crl-quote-form" role="dialog" aria-label={t('quote.dialog')} data-testid="quote-form">
          <p class="crl-quote-text">{selected.text.length > 280 ? `${selected.text.slice(0, 280)}…` : selected.text}</p>
          {status === 'saved' ? (
            <p role="status" data-testid="quote-saved">{t('quote.saved')}</p>
          ) : (
            <>
              <label>
                {t('quote.note')}
                <textarea ref={noteRef} rows={2} maxLength={20000} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} data-testid="quote-note" />
              </label>
              {status === 'failed' && <p role="alert">{t('quote.failed')}</p>}
              <div class="crl-quote-row">
                <button type="button" class="crl-quote-primary" disabled={status === 'saving'} onClick={() => void save()} data-testid="quote-confirm">{t('quote.confirm')}</button>
                <button type="button" onClick={onClose}>{t('form.cancel')}</button>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
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
    this.container ??= await this.env.slot();
    if (!this.container) return;
    if (!this.selected) {
      render(null, this.container);
      return;
    }
    const selected = this.selected;
    render(
      <I18nProvider lang={resolveUiLang(this.lang)}>
        <QuoteUi
          key={`${selected.x},${selected.y},${selected.text.length},${startOpen}`}
          selected={selected}
          dark={this.env.dark()}
          startOpen={startOpen}
          onOpen={() => {
            this.formOpen = true;
          }}
          onSave={(note) => this.save(selected, note)}
          onClose={() => this.hide()}
        />
      </I18nProvider>,
      this.container,
    );
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
    if (this.container) render(null, this.container);
  }

  destroy() {
    document.removeEventListener('selectionchange', this.onSelection);
    if (this.timer) clearTimeout(this.timer);
    this.hide();
  }
}
