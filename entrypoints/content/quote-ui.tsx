/**
 * The 'Save quote' button and its form (`quote-button.tsx` decides when they show), as Preact components in
 * the UI chunk (`ui-chunk.ts`): loaded when first drawn, not on the way to the first marks.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { I18nProvider, useI18n } from '../../lib/i18n/use-i18n';
import type { UiLang } from '../../lib/i18n/i18n';

const BUTTON_W = 140;

export interface Selected {
  text: string;
  /** Where the selection ends, in viewport pixels: the button sits just below it. */
  x: number;
  y: number;
}

export interface QuoteProps {
  lang: UiLang;
  /** A new key draws a fresh button (a new selection, or the form opened by the shortcut). */
  id: string;
  selected: Selected;
  dark: boolean;
  startOpen: boolean;
  onOpen: () => void;
  onSave: (note: string) => Promise<boolean>;
  onClose: () => void;
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

/** Draws the button or form into `container` (null: empties it). */
export function renderQuote(container: HTMLElement, props: QuoteProps | null) {
  if (!props) {
    render(null, container);
    return;
  }
  const { lang, id, ...rest } = props;
  render(
    <I18nProvider lang={lang}>
      <QuoteUi key={id} {...rest} />
    </I18nProvider>,
    container,
  );
}
