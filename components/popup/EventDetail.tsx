/**
 * One event in full: date at its real precision, kind, summary, its entities (press to see their events),
 * the sources as links, and nearby events that share its entities.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Event } from '../../core/types';
import type { EventSearch } from '../../lib/search/event-search';
import { nearbyEvents } from '../../lib/search/related';
import { EventActions } from '../user/EventActions';
import { SourceList } from '../user/SourceList';
import { ChipBar } from './ChipBar';
import { formatDateRange } from './format-date';
import { kindFamily } from './kinds';
import { useI18n } from '../../lib/i18n/use-i18n';
import { kindLabel } from '../../lib/i18n/labels';
import { eventSummary, eventTitle } from '../../lib/i18n/content-text';
import { Fallback } from '../card/Card';
import { ResultList } from './ResultList';

interface Props {
  event: Event;
  search: EventSearch;
  onOpen: (id: string) => void;
  onEntity: (id: string) => void;
  onBack: () => void;
  /** Offered when the event was linked to the reader's page: 'Not this event' hides it there. */
  onNotThisEvent?: () => void;
}

export function EventDetail({ event, search, onOpen, onEntity, onBack, onNotThisEvent }: Props) {
  const { t, locale, contentLang } = useI18n();
  const title = eventTitle(event, contentLang);
  const summary = eventSummary(event, contentLang);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [event.id]);
  const related = nearbyEvents(event, (id) => search.eventsOfEntity(id), 5);
  return (
    <article
      class="panel detail"
      aria-labelledby="detail-title"
      data-event-id={event.id}
      data-event-date={event.date}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onBack();
        }
      }}
    >
      <button type="button" class="back" onClick={onBack}>← {t('detail.back')}</button>
      <p class="event-meta">
        <span class={`swatch fam-${kindFamily(event.kind).id}`} aria-hidden="true" />
        <time dateTime={event.date}>{formatDateRange(event.date, event.endDate, locale)}</time>
        <span class="event-kind">{kindLabel(t, event.kind)}</span>
        {event.own && <span class="own-badge">{t('detail.yourEvent')}</span>}
      </p>
      <h2 id="detail-title" tabIndex={-1} ref={heading} lang={title.fallback ? 'en' : contentLang}>
        {title.text}
        <Fallback fallback={title.fallback} />
      </h2>
      <p class="summary" lang={summary.fallback ? 'en' : contentLang}>{summary.text}</p>
      {event.note && <p class="note">{event.note}</p>}
      <EventActions event={event} />
      {onNotThisEvent && (
        <p class="not-this">
          <button type="button" class="link-button" data-testid="not-this-event" onClick={onNotThisEvent}>{t('detail.notThisEvent')}</button>{' '}
          <span class="muted">{t('detail.notThisEventHint')}</span>
        </p>
      )}
      {event.entities.length > 0 && (
        <section aria-labelledby="detail-entities">
          <h3 id="detail-entities">{t('detail.who')}</h3>
          <ChipBar
            label={t('detail.who')}
            entities={event.entities.map((id) => search.entityById.get(id) ?? { id, name: id.replace(/-/g, ' '), type: 'concept' as const })}
            onPick={onEntity}
          />
        </section>
      )}
      <section aria-labelledby="detail-sources">
        <h3 id="detail-sources">{t('detail.sources')}</h3>
        {event.sources.length === 0 ? (
          <p class="muted">{t('detail.noSources')}</p>
        ) : (
          <SourceList sources={event.sources} />
        )}
      </section>
      {related.length > 0 && (
        <section aria-labelledby="detail-related">
          <h3 id="detail-related">{t('detail.nearby')}</h3>
          <ResultList id="related-events" label={t('detail.nearby')} items={related} onOpen={onOpen} />
        </section>
      )}
    </article>
  );
}
