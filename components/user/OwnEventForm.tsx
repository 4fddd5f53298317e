/** Add or edit one of the reader's own events; the same schema and checks as the dataset and imports. */
import { useState } from 'preact/hooks';
import { EVENT_KINDS, type EventKind } from '../../core/types';
import { getDb, type OwnEvent } from '../../data/db';
import { saveOwnEvent } from '../../data/user-data/own-events';
import { ValidationError } from '../../data/user-data/problems';
import { useI18n } from '../../lib/i18n/use-i18n';
import { kindLabel } from '../../lib/i18n/labels';
import { problemsText } from '../../lib/i18n/problem-text';
import type { MessageKey } from '../../lib/i18n/i18n';
import './user.css';

const splitList = (s: string) => s.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);

/** Problems name the form's own labels ('Date'), never the stored field path ('event.date'). */
const FIELD_LABELS: Record<string, MessageKey> = {
  date: 'form.date',
  endDate: 'form.endDate',
  kind: 'form.kind',
  title: 'form.title',
  summary: 'form.summary',
  entities: 'form.entities',
  sources: 'form.sources',
};

export function OwnEventForm({ initial, onDone }: { initial?: OwnEvent; onDone: (saved?: OwnEvent) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const fieldLabel = (path: string) => {
    const field = /^event\.(\w+)/.exec(path)?.[1];
    return field && FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : path;
  };
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
      setErrors(err instanceof ValidationError ? problemsText(err.problems, i18n, fieldLabel) : String(err));
    }
  };

  const v = (set: (s: string) => void) => (e: Event) => set((e.target as HTMLInputElement).value);
  return (
    <form class="crl-form" onSubmit={(e) => void submit(e)} aria-label={t(initial ? 'form.editLabel' : 'saved.addOwn')} data-testid="own-event-form">
      <label>{t('form.dateHint')}<input name="date" required value={date} onInput={v(setDate)} placeholder="2024-05-16" /></label>
      <label>{t('form.endDateHint')}<input name="endDate" value={endDate} onInput={v(setEndDate)} /></label>
      <label>
        {t('form.kind')}
        <select name="kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as EventKind)}>
          {EVENT_KINDS.map((k) => <option value={k} key={k}>{kindLabel(t, k)}</option>)}
        </select>
      </label>
      <label>{t('form.title')}<input name="title" required maxLength={300} value={title} onInput={v(setTitle)} /></label>
      <label>{t('form.summary')}<textarea name="summary" rows={3} maxLength={5000} value={summary} onInput={v(setSummary)} /></label>
      <label>{t('form.entitiesHint')}<input name="entities" value={entities} onInput={v(setEntities)} /></label>
      <label>{t('form.sourcesHint')}<textarea name="sources" rows={2} value={sources} onInput={v(setSources)} /></label>
      {errors && <p class="crl-errors" role="alert">{errors}</p>}
      <div class="crl-note-row">
        <button type="submit">{t(initial ? 'form.saveChanges' : 'form.add')}</button>
        <button type="button" onClick={() => onDone()}>{t('form.cancel')}</button>
      </div>
    </form>
  );
}
