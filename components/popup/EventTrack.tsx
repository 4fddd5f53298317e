/**
 * A real timeline: events on a vertical track in date order, grouped under their year, each with its
 * date and title. One Tab stop (roving tabindex): arrow keys move through the events, Home/End jump to
 * the ends, Enter (or a click) opens the event. `jumpTo(year)` (from the scrubber) moves to a year.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Event } from '../../core/types';
import { useI18n } from '../../lib/i18n/use-i18n';
import { eventTitle } from '../../lib/i18n/content-text';
import { Fallback } from '../card/Card';
import { formatDateRange } from './format-date';
import { kindFamily } from './kinds';
import type { ListEvent } from './ResultList';

interface Props {
  id: string;
  label: string;
  /** Any order: the track sorts them oldest first. */
  events: readonly ListEvent[];
  onOpen: (id: string) => void;
  /** A year the scrubber asked for, with a counter so asking twice for the same year moves again. */
  jump?: { year: number; n: number } | null;
}

export function byDateAsc(a: Pick<Event, 'date' | 'id'>, b: Pick<Event, 'date' | 'id'>): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1;
}

export function EventTrack({ id, label, events, onOpen, jump }: Props) {
  const { t, locale, contentLang } = useI18n();
  const sorted = useMemo(() => [...events].sort(byDateAsc), [events]);
  const years = useMemo(() => {
    const out: { year: string; items: { ev: ListEvent; i: number }[] }[] = [];
    sorted.forEach((ev, i) => {
      const year = ev.date.slice(0, 4);
      const last = out[out.length - 1];
      if (last?.year === year) last.items.push({ ev, i });
      else out.push({ year, items: [{ ev, i }] });
    });
    return out;
  }, [sorted]);
  const [current, setCurrent] = useState(0);
  const at = Math.min(current, sorted.length - 1);
  const root = useRef<HTMLOListElement>(null);
  const focusAt = (i: number) => {
    setCurrent(i);
    root.current?.querySelector<HTMLButtonElement>(`[data-index="${i}"]`)?.focus();
  };
  useEffect(() => {
    if (!jump) return;
    const i = sorted.findIndex((ev) => Number(ev.date.slice(0, 4)) >= jump.year);
    if (i >= 0) focusAt(i);
  }, [jump?.n]);
  if (sorted.length === 0) return null;
  const onKeyDown = (e: KeyboardEvent) => {
    const last = sorted.length - 1;
    const next = { ArrowDown: Math.min(last, at + 1), ArrowUp: Math.max(0, at - 1), Home: 0, End: last, PageDown: Math.min(last, at + 10), PageUp: Math.max(0, at - 10) }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    focusAt(next);
  };
  return (
    <ol id={id} class="track" aria-label={label} ref={root} onKeyDown={onKeyDown}>
      {years.map((y) => (
        <li key={y.year} class="track-year" data-year={y.year}>
          <h3 class="track-year-label" id={`${id}-y${y.year}`}>{y.year}</h3>
          <ol aria-labelledby={`${id}-y${y.year}`}>
            {y.items.map(({ ev, i }) => {
              const title = eventTitle(ev, contentLang);
              return (
                <li key={ev.id} class="track-item">
                  <span class={`track-dot fam-${kindFamily(ev.kind).id}`} aria-hidden="true" />
                  <button
                    type="button"
                    class="track-event"
                    id={`${id}-${i}`}
                    data-index={i}
                    data-event-id={ev.id}
                    data-event-date={ev.date}
                    tabIndex={i === at ? 0 : -1}
                    onFocus={() => setCurrent(i)}
                    onClick={() => onOpen(ev.id)}
                  >
                    <time dateTime={ev.date}>{formatDateRange(ev.date, ev.endDate, locale)}</time>
                    <span class="track-title" lang={title.fallback ? 'en' : contentLang}>
                      {title.text}
                      <Fallback fallback={title.fallback} />
                    </span>
                    {ev.own && <span class="own-badge">{t('list.yours')}</span>}
                  </button>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
