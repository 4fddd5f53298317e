/**
 * The context card: who or what a mention refers to, why it matched, and the dataset events most
 * relevant to it. Everything from the page or the dataset is rendered as text nodes.
 */
import type { Entity, Lang } from '../../core/types';
import { EntityNote } from './EntityNote';
import { formatDateSpan, safeHttpUrl, sideLabel, sourceLabel, typeLabel } from './format';

export interface CardEvent {
  id: string;
  date: string;
  endDate?: string;
  title: string;
  sources?: string[];
}

export interface CardProps {
  /** The entity, or null for a date mention / while loading. */
  entity: Entity | null;
  /** Without `inArticle`: the related events. With it: the entity's other events. */
  events: CardEvent[];
  /** This article's events involving the entity (for a date: this article's events then). */
  inArticle?: CardEvent[];
  /** How many events the dataset has with the entity, for 'All N events →'. */
  total?: number;
  onAllEvents?: () => void;
  /** The page's own words that matched. */
  matched: string;
  /** For a date mention: the resolved date. */
  date?: string;
  pageLang: Lang;
  status: 'loading' | 'ready' | 'error';
  site?: string;
  reader?: ReaderMarks;
  onShowInPanel?: () => void;
  onSiteOff?: () => void;
  onClose?: () => void;
}

function Sources({ urls }: { urls: string[] }) {
  const links = urls.map(safeHttpUrl).filter((u): u is URL => u !== null);
  if (links.length === 0) return null;
  const seen = new Map<string, number>();
  return (
    <span class="crl-sources">
      {links.map((u) => {
        // Two pages on one site read 'tass.com', 'tass.com (2)'.
        const label = sourceLabel(u);
        const n = (seen.get(label) ?? 0) + 1;
        seen.set(label, n);
        return (
          <a key={u.href} href={u.href} target="_blank" rel="noopener noreferrer" title={u.href}>
            {n > 1 ? `${label} (${n})` : label}
          </a>
        );
      })}
    </span>
  );
}

/** The reader's own marks on events (stars and notes), when the caller has them. */
export interface ReaderMarks {
  saved: string[];
  notes: Record<string, string>;
  onToggleSaved: (eventId: string) => void;
  /** The reader's note on the card's entity, and how to store it. */
  entityNote?: string;
  onSaveEntityNote?: (text: string) => Promise<boolean>;
}

export function EventList({ events, reader }: { events: CardEvent[]; reader?: ReaderMarks }) {
  return (
    <ol class="crl-events">
      {events.map((e) => {
        const saved = reader?.saved.includes(e.id) ?? false;
        const note = reader?.notes[e.id];
        return (
          <li key={e.id} class="crl-event">
            <div class="crl-event-head">
              <time class="crl-date" dateTime={e.date}>
                {formatDateSpan(e.date, e.endDate)}
              </time>
              {reader && (
                <button
                  type="button"
                  class="crl-star"
                  aria-pressed={saved ? 'true' : 'false'}
                  aria-label={saved ? `Saved: ${e.title}` : `Save: ${e.title}`}
                  onClick={() => reader.onToggleSaved(e.id)}
                >
                  {saved ? '★' : '☆'}
                </button>
              )}
            </div>
            <span class="crl-title">{e.title}</span>
            {note && <p class="crl-note">{note}</p>}
            {e.sources && <Sources urls={e.sources} />}
          </li>
        );
      })}
    </ol>
  );
}

/** 'In this article' first, then 'Other events with …' and 'All N events →'. */
function ArticleEvents(props: CardProps & { inArticle: CardEvent[] }) {
  const { entity, events, inArticle, total } = props;
  const name = entity ? (entity.names?.[props.pageLang] ?? entity.name) : '';
  return (
    <>
      <section aria-label="In this article" data-testid="card-in-article">
        <h3 class="crl-sub">In this article</h3>
        {inArticle.length > 0 ? (
          <EventList events={inArticle} reader={props.reader} />
        ) : (
          <p class="crl-status">{entity ? `None of this article's events involves ${name}.` : 'None of this article’s events falls on this date.'}</p>
        )}
      </section>
      {entity && events.length > 0 && (
        <section aria-label={`Other events with ${name}`}>
          <h3 class="crl-sub">Other events with {name}</h3>
          <EventList events={events} reader={props.reader} />
        </section>
      )}
      {entity && props.onAllEvents && (total ?? 0) > inArticle.length + events.length && (
        <button type="button" class="crl-link" onClick={props.onAllEvents}>
          All {total} events →
        </button>
      )}
    </>
  );
}

function Heading({ entity, date, pageLang }: Pick<CardProps, 'entity' | 'date' | 'pageLang'>) {
  if (!entity) return <h2 class="crl-name">{date ? formatDateSpan(date) : ''}</h2>;
  const local = entity.names?.[pageLang];
  const primary = local ?? entity.name;
  return (
    <div>
      <h2 class="crl-name">{primary}</h2>
      {primary !== entity.name && <div class="crl-english">{entity.name}</div>}
    </div>
  );
}

export function Card(props: CardProps) {
  const { entity, events, matched, date, status } = props;
  return (
    <div class="crl-card-body">
      <div class="crl-head">
        <Heading entity={entity} date={date} pageLang={props.pageLang} />
        {props.onClose && (
          <button type="button" class="crl-icon" aria-label="Close" onClick={props.onClose}>
            ×
          </button>
        )}
      </div>
      {entity ? (
        <div class="crl-meta">
          <span class={`crl-chip crl-type-${entity.type}`}>{typeLabel(entity.type)}</span>
          <span class={`crl-chip crl-side-${entity.side}`}>{sideLabel(entity.side)}</span>
        </div>
      ) : (
        date && <div class="crl-meta"><span class="crl-chip">Date</span></div>
      )}
      {entity?.description && <p class="crl-desc">{entity.description}</p>}
      <p class="crl-why">
        Matched “<span class="crl-matched">{matched}</span>”{date && !entity ? ' as this date' : ''}
      </p>
      {entity && props.reader?.onSaveEntityNote && props.reader.entityNote !== undefined && (
        <EntityNote key={entity.id} name={entity.name} initial={props.reader.entityNote} onSave={props.reader.onSaveEntityNote} />
      )}
      {status === 'loading' && <p class="crl-status">Loading…</p>}
      {status === 'error' && <p class="crl-status">The lens could not load this card.</p>}
      {status === 'ready' && props.inArticle === undefined && events.length > 0 && (
        <section aria-label="Related events">
          <h3 class="crl-sub">Related events</h3>
          <EventList events={events} reader={props.reader} />
        </section>
      )}
      {status === 'ready' && props.inArticle === undefined && events.length === 0 && <p class="crl-status">No related events in the dataset.</p>}
      {status === 'ready' && props.inArticle !== undefined && <ArticleEvents {...props} inArticle={props.inArticle} />}
      <div class="crl-actions">
        {props.onShowInPanel && (
          <button type="button" class="crl-button" onClick={props.onShowInPanel}>
            Show in panel
          </button>
        )}
        {props.onSiteOff && props.site && (
          <button type="button" class="crl-button crl-quiet" onClick={props.onSiteOff}>
            Turn off on {props.site}
          </button>
        )}
      </div>
    </div>
  );
}
