/** Star and note for one event, in the popup's event detail. Reads and writes the extension's own DB. */
import { useEffect, useState } from 'preact/hooks';
import type { Event } from '../../core/types';
import { getDb } from '../../data/db';
import { getNote, saveNote } from '../../data/user-data/notes';
import { isSaved, toggleSaved } from '../../data/user-data/saved';
import { useLiveQuery } from './use-live-query';
import './user.css';

export function EventActions({ event }: { event: Event }) {
  const db = getDb();
  const target = { type: 'event' as const, id: event.id };
  const saved = useLiveQuery(() => isSaved(db, event.id), [event.id]);
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    void getNote(db, target).then((n) => setDraft(n?.text ?? ''));
    setStatus('');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [event.id]);

  const store = async () => {
    try {
      const note = await saveNote(db, target, draft);
      setStatus(note ? 'Note saved' : 'Note removed');
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section class="crl-user-actions" aria-label="Your notes">
      <button
        type="button"
        class="crl-star"
        aria-pressed={saved ? 'true' : 'false'}
        data-testid="star"
        onClick={() => void toggleSaved(db, event.id)}
      >
        {saved ? '★ Saved' : '☆ Save'}
      </button>
      <label class="crl-note">
        <span>Your note</span>
        <textarea
          data-testid="note"
          value={draft}
          rows={3}
          maxLength={20000}
          placeholder="Write a note on this event (kept on this device)"
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          onBlur={() => void store()}
        />
      </label>
      <div class="crl-note-row">
        <button type="button" data-testid="save-note" onClick={() => void store()}>Save note</button>
        <span role="status" aria-live="polite">{status}</span>
      </div>
    </section>
  );
}
