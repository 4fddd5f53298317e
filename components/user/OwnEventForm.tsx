/** Add or edit one of the reader's own events; the same schema and checks as the dataset and imports. */
import { useState } from 'preact/hooks';
import { EVENT_KINDS, type EventKind } from '../../core/types';
import { getDb, type OwnEvent } from '../../data/db';
import { saveOwnEvent } from '../../data/user-data/own-events';
import { ValidationError, formatProblems } from '../../data/user-data/problems';
import './user.css';

const splitList = (s: string) => s.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);

export function OwnEventForm({ initial, onDone }: { initial?: OwnEvent; onDone: (saved?: OwnEvent) => void }) {
  const [date, setDate] = useState(initial?.date ?? '');
  const [endDate, setEndDate] = useState(initial?.endDate ?? '');
  const [kind, setKind] = useState<EventKind>(initial?.kind ?? 'meeting');
  const [title, setTitle] = useState(initial?.title ?? '');
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [entities, setEntities] = useState(initial?.entities.join(', ') ?? '');
  const [sources, setSources] = useState(initial?.sources.join('\n') ?? '');
  const [errors, setErrors] = useState('');

  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const saved = await saveOwnEvent(getDb(), {
        ...(initial ? { id: initial.id } : {}),
        date: date.trim(),
        ...(endDate.trim() ? { endDate: endDate.trim() } : {}),
        kind,
        title: title.trim(),
        summary: summary.trim(),
        entities: splitList(entities),
        sources: splitList(sources),
      });
      onDone(saved);
    } catch (err) {
      // Field paths read 'event.date'; the form shows them as the field's label would.
      setErrors(err instanceof ValidationError ? formatProblems(err.problems).replace(/^event\./gm, '') : String(err));
    }
  };

  const v = (set: (s: string) => void) => (e: Event) => set((e.target as HTMLInputElement).value);
  return (
    <form class="crl-form" onSubmit={(e) => void submit(e)} aria-label={initial ? 'Edit your event' : 'Add your own event'} data-testid="own-event-form">
      <label>Date (YYYY, YYYY-MM or YYYY-MM-DD)<input name="date" required value={date} onInput={v(setDate)} placeholder="2024-05-16" /></label>
      <label>End date (optional)<input name="endDate" value={endDate} onInput={v(setEndDate)} /></label>
      <label>
        Kind
        <select name="kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as EventKind)}>
          {EVENT_KINDS.map((k) => <option value={k} key={k}>{k}</option>)}
        </select>
      </label>
      <label>Title<input name="title" required maxLength={300} value={title} onInput={v(setTitle)} /></label>
      <label>Summary<textarea name="summary" rows={3} maxLength={5000} value={summary} onInput={v(setSummary)} /></label>
      <label>Entity ids (comma separated, e.g. xi-jinping, vladimir-putin)<input name="entities" value={entities} onInput={v(setEntities)} /></label>
      <label>Sources (one address per line)<textarea name="sources" rows={2} value={sources} onInput={v(setSources)} /></label>
      {errors && <p class="crl-errors" role="alert">{errors}</p>}
      <div class="crl-note-row">
        <button type="submit">{initial ? 'Save changes' : 'Add event'}</button>
        <button type="button" onClick={() => onDone()}>Cancel</button>
      </div>
    </form>
  );
}
