/**
 * The reader's own things, in the popup's 'Saved' view and on the options page: starred events, notes (named by
 * what they are on), own events (add/edit/delete, each opens its detail) and the notebook of quotes.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Event } from '../../core/types';
import { entitiesByIds, eventsByIds } from '../../data/bundled-store';
import { getDb, type OwnEvent } from '../../data/db';
import { deleteOwnEvent } from '../../data/user-data/own-events';
import { OwnEventForm, type OwnEventPrefill } from './OwnEventForm';
import { NotebookView } from './NotebookView';
import { useLiveQuery } from './use-live-query';
import './user.css';
import { useI18n } from '../../lib/i18n/use-i18n';
import { entityName, eventTitle } from '../../lib/i18n/content-text';
import { kindLabel } from '../../lib/i18n/labels';
import { formatPartialDate } from '../popup/format-date';

interface SavedRow {
  id: string;
  event?: Event;
  orphaned?: boolean;
}

interface Props {
  onOpenEvent: (id: string) => void;
  /** Opens the own-event form filled in ('Add this article as an event'); `onFormDone` hears when it closes. */
  prefill?: OwnEventPrefill;
  onFormDone?: (saved?: OwnEvent) => void;
}

export function SavedView({ onOpenEvent, prefill, onFormDone }: Props) {
  const { t, locale, contentLang } = useI18n();
  const label = (e: Event) => `${formatPartialDate(e.date, locale)} · ${eventTitle(e, contentLang).text}`;
  const db = getDb();
  const [editing, setEditing] = useState<OwnEvent | 'new' | null>(prefill ? 'new' : null);
  useEffect(() => {
    if (prefill) setEditing('new');
  }, [prefill]);
  const saved = useLiveQuery(async (): Promise<SavedRow[]> => {
    const rows = await db.saved.orderBy('savedAt').reverse().toArray();
    const ids = rows.map((r) => r.eventId);
    const [bundled, own] = await Promise.all([eventsByIds(db, ids), db.ownEvents.bulkGet(ids)]);
    return rows.map((r, i) => ({ id: r.eventId, event: bundled[i] ?? own[i], orphaned: r.orphaned }));
  }, []);
  // Each note is labelled by what it is on ('Vladimir Putin', an event's title), never by an id.
  const notes = useLiveQuery(async () => {
    const rows = await db.notes.orderBy('updatedAt').reverse().toArray();
    const eventIds = rows.filter((n) => n.targetType === 'event').map((n) => n.targetId);
    const entityIds = rows.filter((n) => n.targetType === 'entity').map((n) => n.targetId);
    const [bundled, own, entities] = await Promise.all([eventsByIds(db, eventIds), db.ownEvents.bulkGet(eventIds), entitiesByIds(db, entityIds)]);
    const events = new Map(eventIds.map((id, i) => [id, bundled[i] ?? own[i]]));
    const ents = new Map(entityIds.map((id, i) => [id, entities[i]]));
    return rows.map((n) => {
      const ev = n.targetType === 'event' ? events.get(n.targetId) : undefined;
      const en = n.targetType === 'entity' ? ents.get(n.targetId) : undefined;
      return { ...n, label: ev ? label(ev) : en ? entityName(en, contentLang) : n.targetId.replace(/-/g, ' '), known: !!(ev || en) };
    });
  }, [contentLang, locale]);
  const own = useLiveQuery(() => db.ownEvents.orderBy('date').reverse().toArray(), []);

  if (editing) {
    return (
      <OwnEventForm
        initial={editing === 'new' ? undefined : editing}
        prefill={editing === 'new' ? prefill : undefined}
        onDone={(saved) => {
          setEditing(null);
          onFormDone?.(saved);
        }}
      />
    );
  }
  const open = (id: string) => () => onOpenEvent(id);
  return (
    <div class="crl-saved" data-testid="saved-view">
      <h2>{t('saved.events')}</h2>
      {saved?.length ? (
        <ul class="crl-saved-list">
          {saved.map((s) => (
            <li key={s.id} data-event-id={s.id} data-event-date={s.event?.date}>
              {s.event ? <button type="button" class="crl-link" onClick={open(s.id)}>{label(s.event)}</button> : <span>{s.id}</span>}
              {s.orphaned && <span class="crl-flag">{t('saved.orphan')}</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="crl-muted">{t('saved.empty')}</p>
      )}

      <h2>{t('saved.notes')}</h2>
      {notes?.length ? (
        <ul class="crl-saved-list" data-testid="notes-list">
          {notes.map((n) => (
            <li key={n.id}>
              <span class="crl-muted">{t(n.targetType === 'event' ? 'saved.noteOnEvent' : 'saved.noteOnEntity', { id: n.label })}</span>
              {n.orphaned && <span class="crl-flag">{t('saved.targetOrphan')}</span>}
              <div>{n.text}</div>
              {n.targetType === 'event' && !n.orphaned && n.known && <button type="button" class="crl-link" onClick={open(n.targetId)}>{t('saved.open')}</button>}
            </li>
          ))}
        </ul>
      ) : (
        <p class="crl-muted">{t('saved.notesEmpty')}</p>
      )}

      <h2>{t('saved.own')}</h2>
      <button type="button" onClick={() => setEditing('new')} data-testid="add-own-event">{t('saved.addOwn')}</button>
      {own?.length ? (
        <ul class="crl-saved-list" data-testid="own-events-list">
          {own.map((e) => (
            <li key={e.id} data-event-id={e.id} data-event-date={e.date}>
              <button type="button" class="crl-link" onClick={open(e.id)}>{label(e)}</button>
              <span class="crl-muted"> · {kindLabel(t, e.kind)}</span>
              {e.orphanedEntities?.length ? <span class="crl-flag">{t('saved.unknownEntities', { ids: e.orphanedEntities.join(', ') })}</span> : null}
              <div class="crl-note-row">
                <button type="button" onClick={() => setEditing(e)} aria-label={t('saved.editLabel', { title: e.title })}>{t('saved.edit')}</button>
                <button type="button" onClick={() => { if (confirm(t('saved.confirmDelete', { title: e.title }))) void deleteOwnEvent(db, e.id); }} aria-label={t('saved.deleteLabel', { title: e.title })}>{t('saved.delete')}</button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <NotebookView />
    </div>
  );
}
