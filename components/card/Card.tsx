/**
 * The context card: who or what a mention refers to, why it matched, and the dataset events most
 * relevant to it. Everything from the page or the dataset is rendered as text nodes.
 */
import type { Entity, Event, Lang } from '../../core/types';
import { useI18n } from '../../lib/i18n/use-i18n';
import { entityDescription, entityName, eventTitle, namesOf } from '../../lib/i18n/content-text';
import { sideLabel, typeLabel } from '../../lib/i18n/labels';
import { formatDateRange } from '../popup/format-date';
import { EntityNote } from './EntityNote';
import { safeHttpUrl, sourceLabel } from './format';

export interface CardEvent {
  id: string;
  date: string;
  endDate?: string;
  title: string;
  translations?: Event['translations'];
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
  /** The language dataset text is shown in (the interface's, or the page's when the reader asks). */
  contentLang: Lang;
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

/** Dataset text that is English because it has no translation: marked quietly, in the right language. */
export function Fallback({ fallback }: { fallback: boolean }) {
  const { t } = useI18n();
  return fallback ? <span class="crl-fallback" title={t('content.englishOnly')}>{t('content.englishMark')}</span> : null;
}

export function EventList({ events, reader, contentLang }: { events: CardEvent[]; reader?: ReaderMarks; contentLang: Lang }) {
  const { t, locale } = useI18n();
  return (
    <ol class="crl-events">
      {events.map((e) => {
        const saved = reader?.saved.includes(e.id) ?? false;
        const note = reader?.notes[e.id];
        const title = eventTitle(e, contentLang);
        return (
          <li key={e.id} class="crl-event">
            <div class="crl-event-head">
              <time class="crl-date" dateTime={e.date}>
                {formatDateRange(e.date, e.endDate, locale)}
              </time>
              {reader && (
                <button
                  type="button"
                  class="crl-star"
                  aria-pressed={saved ? 'true' : 'false'}
                  aria-label={t(saved ? 'card.starred' : 'card.star', { title: title.text })}
                  onClick={() => reader.onToggleSaved(e.id)}
                >
                  {saved ? '★' : '☆'}
                </button>
              )}
              {/* The star's room, kept until the reader's stars arrive, so nothing moves when they do. */}
              {!reader && <span class="crl-star crl-star-slot" aria-hidden="true" />}
            </div>
            <span class="crl-title" lang={title.fallback ? 'en' : contentLang}>
              {title.text}
              <Fallback fallback={title.fallback} />
            </span>
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
  const { entity, events, inArticle, total, contentLang } = props;
  const { t } = useI18n();
  const name = entity ? entityName(entity, contentLang) : '';
  return (
    <>
      <section aria-label={t('card.inArticle')} data-testid="card-in-article">
        <h3 class="crl-sub">{t('card.inArticle')}</h3>
        {inArticle.length > 0 ? (
          <EventList events={inArticle} reader={props.reader} contentLang={contentLang} />
        ) : (
          <p class="crl-status">{entity ? t('card.noneForEntity', { name }) : t('card.noneForDate')}</p>
        )}
      </section>
      {entity && events.length > 0 && (
        <section aria-label={t('card.otherWith', { name })}>
          <h3 class="crl-sub">{t('card.otherWith', { name })}</h3>
          <EventList events={events} reader={props.reader} contentLang={contentLang} />
        </section>
      )}
      {entity && props.onAllEvents && (total ?? 0) > inArticle.length + events.length && (
        <button type="button" class="crl-link" onClick={props.onAllEvents}>
          {t('card.allEvents', { count: total ?? 0 })}
        </button>
      )}
    </>
  );
}

function Heading({ entity, date, contentLang }: Pick<CardProps, 'entity' | 'date' | 'contentLang'>) {
  const { locale } = useI18n();
  if (!entity) return <h2 class="crl-name">{date ? formatDateRange(date, undefined, locale) : ''}</h2>;
  const primary = entityName({ name: entity.name, names: namesOf(entity) }, contentLang);
  return (
    <div>
      <h2 class="crl-name" translate={false}>{primary}</h2>
      {primary !== entity.name && <div class="crl-english" lang="en" translate={false}>{entity.name}</div>}
    </div>
  );
}

export function Card(props: CardProps) {
  const { entity, events, matched, date, status, contentLang } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const why = i18n.around(date && !entity ? 'card.matchedDate' : 'card.matched', 'text');
  const description = entity?.description ? entityDescription(entity, contentLang) : null;
  return (
    <div class="crl-card-body">
      <div class="crl-head">
        <Heading entity={entity} date={date} contentLang={contentLang} />
        {props.onClose && (
          <button type="button" class="crl-icon" aria-label={t('common.close')} onClick={props.onClose}>
            ×
          </button>
        )}
      </div>
      {entity ? (
        <div class="crl-meta">
          <span class={`crl-chip crl-type-${entity.type}`}>{typeLabel(t, entity.type)}</span>
          <span class={`crl-chip crl-side-${entity.side}`}>{sideLabel(t, entity.side)}</span>
        </div>
      ) : (
        date && <div class="crl-meta"><span class="crl-chip">{t('card.date')}</span></div>
      )}
      {description && (
        <p class="crl-desc" lang={description.fallback ? 'en' : contentLang}>
          {description.text}
          <Fallback fallback={description.fallback} />
        </p>
      )}
      <p class="crl-why">
        {why[0]}
        <span class="crl-matched">{matched}</span>
        {why[1]}
      </p>
      {status === 'loading' && <p class="crl-status">{t('common.loading')}</p>}
      {status === 'error' && <p class="crl-status">{t('card.error')}</p>}
      {status === 'ready' && props.inArticle === undefined && events.length > 0 && (
        <section aria-label={t('card.relatedEvents')}>
          <h3 class="crl-sub">{t('card.relatedEvents')}</h3>
          <EventList events={events} reader={props.reader} contentLang={contentLang} />
        </section>
      )}
      {status === 'ready' && props.inArticle === undefined && events.length === 0 && <p class="crl-status">{t('card.noEvents')}</p>}
      {status === 'ready' && props.inArticle !== undefined && <ArticleEvents {...props} inArticle={props.inArticle} />}
      {/* Below the events: the reader's note never pushes them down when it arrives or opens. */}
      {entity && props.reader?.onSaveEntityNote && props.reader.entityNote !== undefined && (
        <EntityNote key={entity.id} name={entityName(entity, contentLang)} initial={props.reader.entityNote} onSave={props.reader.onSaveEntityNote} />
      )}
      <div class="crl-actions">
        {props.onShowInPanel && (
          <button type="button" class="crl-button" onClick={props.onShowInPanel}>
            {t('card.showInPanel')}
          </button>
        )}
        {props.onSiteOff && props.site && (
          <button type="button" class="crl-button crl-quiet" onClick={props.onSiteOff}>
            {t('site.turnOff', { site: props.site })}
          </button>
        )}
      </div>
    </div>
  );
}
