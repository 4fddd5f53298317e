/**
 * The reader's note on the card's entity. Stored as they type (after a pause) and when they leave the
 * field, so closing the card never loses a note.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../lib/i18n/use-i18n';
import type { MessageKey } from '../../lib/i18n/i18n';

const PAUSE_MS = 600;

export function EntityNote({ name, initial, onSave }: { name: string; initial: string; onSave: (text: string) => Promise<boolean> }) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<MessageKey | ''>('');
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null);
  const [open, setOpen] = useState(initial !== '');

  const flush = () => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = null;
    void onSave(p.text).then((ok) => setStatus(ok ? (p.text.trim() ? 'note.saved' : 'note.removed') : 'note.failed'));
  };
  // A card closed mid-sentence still stores what was typed.
  useEffect(() => flush, []);

  const onInput = (value: string) => {
    setText(value);
    setStatus('');
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { text: value, timer: setTimeout(flush, PAUSE_MS) };
  };

  if (!open) {
    return (
      <button type="button" class="crl-button crl-quiet crl-note-open" onClick={() => setOpen(true)}>
        {t('note.add', { name })}
      </button>
    );
  }
  return (
    <label class="crl-entity-note">
      <span class="crl-sub">{t('note.label', { name })}</span>
      <textarea value={text} rows={2} maxLength={20000} onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)} onBlur={flush} />
      <span class="crl-status" role="status" aria-live="polite">{status ? t(status) : ''}</span>
    </label>
  );
}
