/**
 * One event in full on the options page (a saved event, an event a note is on, or the reader's own event):
 * date, kind, title, summary, who and what (named in the reader's language), sources weighed by outlet, and
 * the star and note. A native modal <dialog>: focus stays inside, Escape closes, focus returns to the opener.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Event } from '../../core/types';
import { bundledEvent, entitiesByIds } from '../../data/bundled-store';
import { getDb } from '../../data/db';
import { useI18n } from '../../lib/i18n/use-i18n';
import { kindLabel } from '../../lib/i18n/labels';
import { entityName, eventSummary, eventTitle } from '../../lib/i18n/content-text';
import { formatDateRange } from '../popup/format-date';
import { EventActions } from './EventActions';
import { SourceList } from './SourceList';
import { useLiveQuery } from './use-live-query';

export function EventDialog({ eventId, onClose }: { eventId: string; onClose: () => void }) {
  const { t, locale, contentLang, list } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const db = getDb();
  const data = useLiveQuery(async () => {
    const event: Event | undefined = (await bundledEvent(db, eventId)) ?? (await db.ownEvents.get(eventId));
    const entities = event ? await entitiesByIds(db, event.entities) : [];
    return { event, names: event ? event.entities.map((id, i) => (entities[i] ? entityName(entities[i]!, contentLang) : id.replace(/-/g, ' '))) : [] };
  }, [eventId, contentLang]);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const event = data?.event;
  const title = event ? eventTitle(event, contentLang) : undefined;
  const summary = event ? eventSummary(event, contentLang) : undefined;
  return (
    <dialog ref={ref} class="crl-dialog" aria-labelledby="crl-dialog-title" data-testid="event-dialog" data-event-id={eventId} onClose={onClose}>
      <div class="crl-dialog-head">
        <h2 id="crl-dialog-title" lang={title?.fallback ? 'en' : contentLang}>{title ? title.text : t('common.loading')}</h2>
        <button type="button" onClick={() => ref.current?.close()} aria-label={t('common.close')}>×</button>
      </div>
      {event && (
        <>
          <p class="crl-muted">
            <time dateTime={event.date}>{formatDateRange(event.date, event.endDate, locale)}</time> · {kindLabel(t, event.kind)}
            {event.own && <> · {t('detail.yourEvent')}</>}
          </p>
          {summary?.text && <p lang={summary.fallback ? 'en' : contentLang}>{summary.text}</p>}
          {data.names.length > 0 && (
            <section aria-labelledby="crl-dialog-who">
              <h3 id="crl-dialog-who">{t('detail.who')}</h3>
              <p translate={false}>{list(data.names)}</p>
            </section>
          )}
          <section aria-labelledby="crl-dialog-sources">
            <h3 id="crl-dialog-sources">{t('detail.sources')}</h3>
            {event.sources.length ? <SourceList sources={event.sources} /> : <p class="crl-muted">{t('detail.noSources')}</p>}
          </section>
          <EventActions event={event} />
        </>
      )}
      {data && !event && <p>{t('saved.orphan')}</p>}
    </dialog>
  );
}
