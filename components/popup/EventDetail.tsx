/**
 * One event in full: date at its real precision, kind, summary, its entities (press to see their events),
 * the sources as links, and nearby events that share its entities.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Event } from '../../core/types';
import type { EventSearch } from '../../lib/search/event-search';
import { relatedEvents } from '../../lib/search/related';
import { EventActions } from '../user/EventActions';
import { ChipBar } from './ChipBar';
import { formatDateRange } from './format-date';
import { kindFamily, kindLabel } from './kinds';
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

function sourceLabel(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.length > 32 ? `${u.pathname.slice(0, 30)}…` : u.pathname;
    return `${u.hostname.replace(/^www\./, '')}${path === '/' ? '' : path}`;
  } catch {
    return url;
  }
}

export function EventDetail({ event, search, onOpen, onEntity, onBack, onNotThisEvent }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [event.id]);
  const related = relatedEvents(event, (id) => search.eventsOfEntity(id), 5);
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
      <button type="button" class="back" onClick={onBack}>← Back</button>
      <p class="event-meta">
        <span class={`swatch fam-${kindFamily(event.kind).id}`} aria-hidden="true" />
        <time dateTime={event.date}>{formatDateRange(event.date, event.endDate)}</time>
        <span class="event-kind">{kindLabel(event.kind)}</span>
        {event.own && <span class="own-badge">your event</span>}
      </p>
      <h2 id="detail-title" tabIndex={-1} ref={heading}>{event.title}</h2>
      <p class="summary">{event.summary}</p>
      {event.note && <p class="note">{event.note}</p>}
      <EventActions event={event} />
      {onNotThisEvent && (
        <p class="not-this">
          <button type="button" class="link-button" data-testid="not-this-event" onClick={onNotThisEvent}>Not this event</button>
          <span class="muted"> — the page you are reading is not about it; the lens stops linking it there.</span>
        </p>
      )}
      {event.entities.length > 0 && (
        <section aria-labelledby="detail-entities">
          <h3 id="detail-entities">Who and what</h3>
          <ChipBar
            label="Who and what"
            entities={event.entities.map((id) => search.entityById.get(id) ?? { id, name: id.replace(/-/g, ' '), type: 'concept' as const })}
            onPick={onEntity}
          />
        </section>
      )}
      <section aria-labelledby="detail-sources">
        <h3 id="detail-sources">Sources</h3>
        {event.sources.length === 0 ? (
          <p class="muted">No source recorded.</p>
        ) : (
          <ul class="sources">
            {event.sources.map((url) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noopener noreferrer">{sourceLabel(url)}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {related.length > 0 && (
        <section aria-labelledby="detail-related">
          <h3 id="detail-related">Nearby events</h3>
          <ResultList id="related-events" label="Nearby events" items={related} onOpen={onOpen} />
        </section>
      )}
    </article>
  );
}
