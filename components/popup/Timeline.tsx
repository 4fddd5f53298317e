/**
 * Events per year as a small stacked bar chart (one colour per kind family). Each year with events is a
 * button: click or Enter picks that year, Shift+click or Shift+Enter stretches the choice to a range.
 * One tab stop for the whole chart; arrow keys move between years.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Event } from '../../core/types';
import { KIND_FAMILIES, kindFamily } from './kinds';
import { useI18n } from '../../lib/i18n/use-i18n';

interface Props {
  events: readonly Pick<Event, 'date' | 'kind'>[];
  minYear: number;
  maxYear: number;
  fromYear?: number;
  toYear?: number;
  onRange: (from: number | undefined, to: number | undefined) => void;
}

const W = 360;
const H = 48;

export function Timeline({ events, minYear, maxYear, fromYear, toYear, onRange }: Props) {
  const { t: tr } = useI18n();
  const { perYear, peak } = useMemo(() => {
    const perYear = new Map<number, Map<string, number>>();
    for (const ev of events) {
      const y = Number(ev.date.slice(0, 4));
      const fam = kindFamily(ev.kind).id;
      const row = perYear.get(y) ?? new Map<string, number>();
      row.set(fam, (row.get(fam) ?? 0) + 1);
      perYear.set(y, row);
    }
    let peak = 1;
    for (const row of perYear.values()) peak = Math.max(peak, [...row.values()].reduce((a, b) => a + b, 0));
    return { perYear, peak };
  }, [events]);
  const years = [...perYear.keys()].filter((y) => y >= minYear && y <= maxYear).sort((a, b) => a - b);
  const [focusYear, setFocusYear] = useState<number | null>(null);
  const anchor = useRef<number | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const span = Math.max(1, maxYear - minYear + 1);
  const bw = W / span;
  const selected = (y: number) => fromYear !== undefined && toYear !== undefined && y >= fromYear && y <= toYear;
  const tabYear = focusYear !== null && years.includes(focusYear) ? focusYear : fromYear !== undefined && years.includes(fromYear) ? fromYear : years[years.length - 1];

  const pick = (y: number, extend: boolean) => {
    if (extend && anchor.current !== null) {
      onRange(Math.min(anchor.current, y), Math.max(anchor.current, y));
      return;
    }
    anchor.current = y;
    if (fromYear === y && toYear === y) {
      anchor.current = null;
      onRange(undefined, undefined);
    } else onRange(y, y);
  };
  const moveFocus = (y: number) => {
    setFocusYear(y);
    svg.current?.querySelector<SVGGElement>(`[data-year="${y}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent, y: number) => {
    const i = years.indexOf(y);
    const to = { ArrowRight: years[i + 1], ArrowLeft: years[i - 1], Home: years[0], End: years[years.length - 1] }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      moveFocus(to);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pick(y, e.shiftKey);
    }
  };

  if (years.length === 0) return null;
  // First and last year at the edges, decades between, none so close to an edge that labels collide.
  // 'Minor' decades give way when the chart is narrow (200% zoom), where only every other one fits.
  const decades = Array.from({ length: span }, (_, i) => minYear + i).filter((y) => y % 10 === 0 && y - minYear >= 8 && maxYear - y >= 8);
  const major = (y: number) => y % 20 === 0 && y - minYear >= span / 5 && maxYear - y >= span / 5;
  const ticks: { y: number; x: number; anchor: string; minor?: boolean }[] = [
    { y: minYear, x: 0, anchor: 'start' },
    ...decades.map((y) => ({ y, x: (y - minYear + 0.5) * bw, anchor: 'middle', minor: !major(y) })),
    ...(maxYear > minYear ? [{ y: maxYear, x: W, anchor: 'end' }] : []),
  ];
  return (
    <figure class="timeline">
      <figcaption class="visually-hidden">{tr('timeline.caption')}</figcaption>
      {/* Stretched to the width, never shrunk in height: bars stay tall enough to see and hit at any zoom. */}
      <svg ref={svg} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="group" aria-label={tr('timeline.label')} class={fromYear !== undefined ? 'has-range' : ''}>
        {years.map((y) => {
          const row = perYear.get(y)!;
          const total = [...row.values()].reduce((a, b) => a + b, 0);
          const x = (y - minYear) * bw;
          let top = H;
          return (
            <g
              key={y}
              data-year={y}
              role="button"
              class={`tl-bar${selected(y) ? ' is-selected' : ''}`}
              // Lowercase on purpose: SVG attributes are case-sensitive and 'tabIndex' would be ignored.
              {...{ tabindex: y === tabYear ? 0 : -1 }}
              aria-label={`${y}: ${tr('search.count', { count: total })}`}
              aria-pressed={selected(y)}
              onClick={(e) => pick(y, e.shiftKey)}
              onKeyDown={(e) => onKeyDown(e, y)}
              onFocus={() => setFocusYear(y)}
            >
              <rect class="tl-hit" x={x} y={0} width={bw} height={H} />
              {KIND_FAMILIES.map((f) => {
                const n = row.get(f.id) ?? 0;
                if (n === 0) return null;
                const h = Math.max(2, (n / peak) * (H - 2));
                top -= h;
                return <rect key={f.id} class={`fam-${f.id}`} x={x + bw * 0.1} y={top} width={Math.max(1, bw * 0.8)} height={h} />;
              })}
            </g>
          );
        })}
      </svg>
      {/* Year labels as HTML text: SVG text would shrink with the chart's width. */}
      <div class="tl-ticks" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t.y} class={`tl-tick tl-${t.anchor}${t.minor ? ' is-minor' : ''}`} style={{ left: `${(t.x / W) * 100}%` }}>
            {t.y}
          </span>
        ))}
      </div>
      <ul class="legend" aria-label={tr('timeline.colours')}>
        {KIND_FAMILIES.map((f) => (
          <li key={f.id}>
            <span class={`swatch fam-${f.id}`} aria-hidden="true" />
            {tr(f.label)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
