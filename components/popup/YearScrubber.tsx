/**
 * The timeline's scrubber: events per period as bars, each period a button at least 24 px wide and tall
 * (WCAG 2.5.8) that moves the track to its first event. Periods are 1, 2, 5, 10… years, as short as
 * keeps them to MAX_BARS, so the bars stay that size in a 400 px popup and at 200 % zoom.
 * One Tab stop: arrow keys move between periods, Enter or Space jumps.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Event } from '../../core/types';
import { useI18n } from '../../lib/i18n/use-i18n';

const MAX_BARS = 8;
const STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

export interface Period {
  from: number;
  to: number;
  count: number;
}

/** Periods aligned on their length (1990–1999, not 1993–2002), covering every year with events. */
export function periodsOf(events: readonly Pick<Event, 'date'>[], maxBars = MAX_BARS): Period[] {
  if (events.length === 0) return [];
  const years = events.map((e) => Number(e.date.slice(0, 4)));
  const min = Math.min(...years);
  const max = Math.max(...years);
  const step = STEPS.find((s) => Math.floor(max / s) - Math.floor(min / s) + 1 <= maxBars) ?? 100;
  const first = Math.floor(min / step) * step;
  const out: Period[] = [];
  for (let from = first; from <= max; from += step) out.push({ from, to: from + step - 1, count: 0 });
  for (const y of years) out[Math.floor((y - first) / step)].count++;
  return out;
}

export function YearScrubber({ events, onPick }: { events: readonly Pick<Event, 'date'>[]; onPick: (year: number) => void }) {
  const { t } = useI18n();
  const periods = useMemo(() => periodsOf(events), [events]);
  const live = periods.filter((p) => p.count > 0);
  const [current, setCurrent] = useState(0);
  const at = Math.min(current, live.length - 1);
  const bar = useRef<HTMLDivElement>(null);
  if (live.length < 2) return null;
  const peak = Math.max(...live.map((p) => p.count));
  const onKeyDown = (e: KeyboardEvent) => {
    const last = live.length - 1;
    const next = { ArrowRight: Math.min(last, at + 1), ArrowLeft: Math.max(0, at - 1), Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    setCurrent(next);
    bar.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };
  const span = (p: Period) => (p.from === p.to ? String(p.from) : `${p.from}–${p.to}`);
  return (
    <div class="scrubber" role="toolbar" aria-label={t('timeline.label')} title={t('timeline.caption')} ref={bar} onKeyDown={onKeyDown}>
      {periods.map((p) => {
        if (p.count === 0) return <span key={p.from} class="scrub-gap" aria-hidden="true" />;
        const i = live.indexOf(p);
        return (
          <button
            key={p.from}
            type="button"
            class="scrub"
            data-from={p.from}
            aria-label={`${span(p)}: ${t('search.count', { count: p.count })}`}
            tabIndex={i === at ? 0 : -1}
            onFocus={() => setCurrent(i)}
            onClick={() => onPick(p.from)}
          >
            <span class="scrub-bar" style={{ height: `${Math.max(12, Math.round((p.count / peak) * 100))}%` }} aria-hidden="true" />
            <span class="scrub-year" aria-hidden="true">{p.from}</span>
          </button>
        );
      })}
    </div>
  );
}
