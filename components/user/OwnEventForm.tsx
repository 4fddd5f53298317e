/**
 * Add or edit one of the reader's own events; the same schema and checks as the dataset and imports, said in
 * the reader's words: entities are picked by name (any script), the id is made for them, and a problem names
 * the form's field and what was typed ('Who and what: “Pootin” is not in the dataset'), never a stored path.
 */
import { useState } from 'preact/hooks';
import { EVENT_KINDS, type EventKind } from '../../core/types';
import { getDb, type OwnEvent } from '../../data/db';
import { saveOwnEvent, type OwnEventDraft } from '../../data/user-data/own-events';
import { ValidationError, type Problem } from '../../data/user-data/problems';
import { parseEntityList } from '../../data/user-data/entity-names';
import { useI18n } from '../../lib/i18n/use-i18n';
import { kindLabel } from '../../lib/i18n/labels';
import { problemText } from '../../lib/i18n/problem-text';
import { entityName } from '../../lib/i18n/content-text';
import type { MessageKey } from '../../lib/i18n/i18n';
import { EntityPicker } from './EntityPicker';
import { loadEntityNames, useEntityNames } from './use-entities';
import './user.css';

const splitLines = (s: string) => s.split(/[\s,]+/).map((x) => x.trim()).filter(Boolean);

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

/** What the form starts with when it is opened for something ('Add this article as an event'). */
export type OwnEventPrefill = Partial<Pick<OwnEventDraft, 'date' | 'kind' | 'title' | 'summary' | 'entities' | 'sources'>>;

export function OwnEventForm({ initial, prefill, onDone }: { initial?: OwnEvent; prefill?: OwnEventPrefill; onDone: (saved?: OwnEvent) => void }) {
  const i18n = useI18n();
  const { t, contentLang } = i18n;
  const names = useEntityNames();
  const start = initial ?? prefill ?? {};
  const [date, setDate] = useState(start.date ?? '');
  const [endDate, setEndDate] = useState(initial?.endDate ?? '');
  const [kind, setKind] = useState<EventKind>(start.kind ?? 'meeting');
  const [title, setTitle] = useState(start.title ?? '');
  const [summary, setSummary] = useState(start.summary ?? '');
  const [entities, setEntities] = useState<string[]>(start.entities ?? []);
  const [entityText, setEntityText] = useState('');
  const [sources, setSources] = useState(start.sources?.join('\n') ?? '');
  const [errors, setErrors] = useState<string[]>([]);
  const sourceList = splitLines(sources);

  const say = (p: Problem): string => {
    const field = /^event\.(\w+)(?:\[(\d+)\])?/.exec(p.path);
    const label = field && FIELD_LABELS[field[1]!] ? t(FIELD_LABELS[field[1]!]!) : t('form.event');
    // A bad address is quoted back so the reader sees which line is meant.
    if (field?.[1] === 'sources' && field[2] !== undefined && p.code === 'badUrl') return `${label}: ${t('form.badSource', { value: sourceList[Number(field[2])]?.slice(0, 80) ?? '' })}`;
    return problemText(p, i18n, () => label);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: string[] = [];
    let ids = entities;
    if (entityText.trim()) {
      const index = names ?? (await loadEntityNames().catch(() => undefined));
      if (!index) return setErrors([t('picker.loading')]);
      const parsed = parseEntityList(index, entityText);
      ids = [...new Set([...entities, ...parsed.ids])];
      for (const u of parsed.unknown) found.push(`${t('form.entities')}: ${t('picker.unknown', { value: u.slice(0, 60) })}`);
      for (const a of parsed.ambiguous) {
        const options = a.ids.map((id) => (index.byId.get(id) ? entityName(index.byId.get(id)!, contentLang) : id));
        found.push(`${t('form.entities')}: ${t('picker.ambiguous', { value: a.text.slice(0, 60), options: i18n.list(options) })}`);
      }
      setEntities(ids);
      setEntityText([...parsed.unknown, ...parsed.ambiguous.map((a) => a.text)].join(', '));
    }
    if (found.length) return setErrors(found);
    try {
      const saved = await saveOwnEvent(getDb(), {
        ...(initial ? { id: initial.id } : {}),
        date: date.trim(),
        ...(endDate.trim() ? { endDate: endDate.trim() } : {}),
        kind,
        title: title.trim(),
        summary: summary.trim(),
        entities: ids,
        sources: sourceList,
      });
      setErrors([]);
      onDone(saved);
    } catch (err) {
      // The id is made by the form, so a problem with it is never the reader's to fix.
      setErrors(err instanceof ValidationError ? err.problems.filter((p) => !p.path.startsWith('event.id')).map(say) : [String(err)]);
    }
  };

  const v = (set: (s: string) => void) => (e: Event) => set((e.target as HTMLInputElement).value);
  return (
    <form class="crl-form" onSubmit={(e) => void submit(e)} aria-label={t(initial ? 'form.editLabel' : 'saved.addOwn')} data-testid="own-event-form" noValidate>
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
      <div class="crl-field">
        <span id="crl-entities-label">{t('form.entitiesHint')}</span>
        <EntityPicker names={names} value={entities} onChange={setEntities} text={entityText} onText={setEntityText} labelId="crl-entities-label" />
      </div>
      <label>{t('form.sourcesHint')}<textarea name="sources" rows={2} value={sources} onInput={v(setSources)} /></label>
      {errors.length > 0 && (
        <ul class="crl-errors" role="alert" data-testid="form-errors">
          {errors.map((m, i) => <li key={i}>{m}</li>)}
        </ul>
      )}
      <div class="crl-note-row">
        <button type="submit">{t(initial ? 'form.saveChanges' : 'form.add')}</button>
        <button type="button" onClick={() => onDone()}>{t('form.cancel')}</button>
      </div>
    </form>
  );
}
