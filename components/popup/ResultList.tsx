/**
 * A list of events (search results, this page's events, related events). Each row carries data-event-id and
 * data-event-date for tests; arrow keys move, Enter or a click opens the event.
 */
import { useEffect } from 'preact/hooks';
import type { Event, EventKind, PartialDate } from '../../core/types';
import { useI18n } from '../../lib/i18n/use-i18n';
import { eventSummary, eventTitle } from '../../lib/i18n/content-text';
import { kindLabel } from '../../lib/i18n/labels';
import { Fallback } from '../card/Card';
import { formatDateRange } from './format-date';
import { kindFamily } from './kinds';
import { Marked } from './Marked';
import { useListNav, type ListNav } from './use-list-nav';

export interface ListEvent {
  id: string;
  date: PartialDate;
  endDate?: PartialDate;
  kind: EventKind;
  title: string;
  summary?: string;
  translations?: Event['translations'];
  own?: boolean;
  /** Matched index terms to mark. */
  terms?: readonly string[];
  /** Why this event was linked to the page. */
  why?: readonly string[];
}

interface Props {
  id: string;
  label: string;
  items: readonly ListEvent[];
  onOpen: (id: string) => void;
  /** When the search box drives the list, it owns the navigation. */
  nav?: ListNav;
  onRendered?: () => void;
}

export function ResultList({ id, label, items, onOpen, nav: outer, onRendered }: Props) {
  const { t, locale, contentLang } = useI18n();
  const own = useListNav(items.length, (i) => onOpen(items[i].id));
  const nav = outer ?? own;
  useEffect(() => {
    if (items.length > 0) onRendered?.();
  }, [items.length > 0]);
  useEffect(() => {
    if (nav.active >= 0) document.getElementById(`${id}-${nav.active}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [nav.active, id]);
  if (items.length === 0) return null;
  return (
    <ul
      id={id}
      class="results"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={nav.active >= 0 ? `${id}-${nav.active}` : undefined}
      onKeyDown={nav.onKeyDown}
    >
      {items.map((ev, i) => {
        const title = eventTitle(ev, contentLang);
        const summary = ev.summary ? eventSummary(ev, contentLang) : null;
        return (
        <li
          key={ev.id}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === nav.active}
          class={`event-item${i === nav.active ? ' is-active' : ''}`}
          data-event-id={ev.id}
          data-event-date={ev.date}
          onClick={() => onOpen(ev.id)}
          onMouseEnter={() => nav.setActive(i)}
        >
          <span class={`swatch fam-${kindFamily(ev.kind).id}`} aria-hidden="true" />
          <div class="event-main">
            <div class="event-meta">
              <time dateTime={ev.date}>{formatDateRange(ev.date, ev.endDate, locale)}</time>
              <span class="event-kind">{kindLabel(t, ev.kind)}</span>
              {ev.own && <span class="own-badge">{t('list.yours')}</span>}
            </div>
            <div class="event-title" lang={title.fallback ? 'en' : contentLang}>
              <Marked text={title.text} terms={ev.terms ?? []} />
              <Fallback fallback={title.fallback} />
            </div>
            {summary && ev.terms && ev.terms.length > 0 && (
              <div class="event-summary" lang={summary.fallback ? 'en' : contentLang}>
                <Marked text={summary.text} terms={ev.terms} />
              </div>
            )}
            {ev.why && ev.why.length > 0 && <div class="event-why">{ev.why.join(' · ')}</div>}
          </div>
        </li>
        );
      })}
    </ul>
  );
}
