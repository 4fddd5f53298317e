/** Star and note for one event, in the popup's event detail. Reads and writes the extension's own DB. */
import { useEffect, useState } from 'preact/hooks';
import type { Event } from '../../core/types';
import { getDb } from '../../data/db';
import { getNote, saveNote } from '../../data/user-data/notes';
import { isSaved, toggleSaved } from '../../data/user-data/saved';
import { useLiveQuery } from './use-live-query';
import './user.css';
import { useI18n } from '../../lib/i18n/use-i18n';
import type { MessageKey } from '../../lib/i18n/i18n';

export function EventActions({ event }: { event: Event }) {
  const { t } = useI18n();
  const db = getDb();
  const target = { type: 'event' as const, id: event.id };
  const saved = useLiveQuery(() => isSaved(db, event.id), [event.id]);
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<{ key: MessageKey; error?: string } | null>(null);
  useEffect(() => {
    void getNote(db, target).then((n) => setDraft(n?.text ?? ''));
    setStatus(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [event.id]);

  const store = async () => {
    try {
      const note = await saveNote(db, target, draft);
      setStatus({ key: note ? 'note.savedShort' : 'note.removed' });
    } catch (err) {
      setStatus({ key: 'note.failedWith', error: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <section class="crl-user-actions" aria-label={t('saved.notes')}>
      <button
        type="button"
        class="crl-star"
        aria-pressed={saved ? 'true' : 'false'}
        data-testid="star"
        onClick={() => void toggleSaved(db, event.id)}
      >
        {saved ? `★ ${t('star.saved')}` : `☆ ${t('star.save')}`}
      </button>
      <label class="crl-note">
        <span>{t('note.yours')}</span>
        <textarea
          data-testid="note"
          value={draft}
          rows={3}
          maxLength={20000}
          placeholder={t('note.placeholder')}
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          onBlur={() => void store()}
        />
      </label>
      <div class="crl-note-row">
        <button type="button" data-testid="save-note" onClick={() => void store()}>{t('note.save')}</button>
        <span role="status" aria-live="polite">{status ? t(status.key, { error: status.error ?? '' }) : ''}</span>
      </div>
    </section>
  );
}
