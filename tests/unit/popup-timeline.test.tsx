// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { Timeline } from '../../components/popup/Timeline';
import { formatDateRange, formatPartialDate } from '../../components/popup/format-date';
import type { Event } from '../../core/types';

afterEach(() => cleanup());

const events: Pick<Event, 'date' | 'kind'>[] = [
  { date: '1969-03', kind: 'conflict' },
  { date: '2001-07-16', kind: 'treaty' },
  { date: '2001-06-15', kind: 'diplomacy' },
  { date: '2014-05-20', kind: 'energy' },
  { date: '2022-02-04', kind: 'statement' },
  { date: '2022-09-15', kind: 'meeting' },
  { date: '2022-12-30', kind: 'call' },
];

function Harness() {
  const [range, setRange] = useState<[number | undefined, number | undefined]>([undefined, undefined]);
  return (
    <>
      <Timeline events={events} minYear={1949} maxYear={2025} fromYear={range[0]} toYear={range[1]} onRange={(a, b) => setRange([a, b])} />
      <output data-testid="range">{`${range[0] ?? ''}-${range[1] ?? ''}`}</output>
    </>
  );
}

describe('Timeline', () => {
  it('has one button per year with events, labelled with the count, stacked by kind family', () => {
    render(<Harness />);
    const bars = screen.getAllByRole('button');
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual(['1969: 1 event', '2001: 2 events', '2014: 1 event', '2022: 3 events']);
    // 2022 holds a statement (agreements family), a meeting and a call (meetings family): two coloured segments.
    const segs = [...screen.getByRole('button', { name: '2022: 3 events' }).querySelectorAll('rect:not(.tl-hit)')].map((r) => r.getAttribute('class'));
    expect(segs).toEqual(['fam-meetings', 'fam-agreements']);
    expect(bars.filter((b) => b.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('is operated from the keyboard: arrows move, Enter picks a year, Shift+Enter stretches to a range, Enter again clears', () => {
    render(<Harness />);
    const last = screen.getByRole('button', { name: '2022: 3 events' });
    last.focus();
    fireEvent.keyDown(last, { key: 'Enter' });
    expect(screen.getByTestId('range').textContent).toBe('2022-2022');
    fireEvent.keyDown(screen.getByRole('button', { name: '2022: 3 events' }), { key: 'ArrowLeft' });
    const y2014 = screen.getByRole('button', { name: '2014: 1 event' });
    expect(document.activeElement).toBe(y2014);
    fireEvent.keyDown(y2014, { key: 'ArrowLeft' });
    fireEvent.keyDown(screen.getByRole('button', { name: '2001: 2 events' }), { key: 'Enter', shiftKey: true });
    expect(screen.getByTestId('range').textContent).toBe('2001-2022');
    expect(screen.getByRole('button', { name: '2014: 1 event' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: '1969: 1 event' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.keyDown(screen.getByRole('button', { name: '2001: 2 events' }), { key: 'Enter' });
    expect(screen.getByTestId('range').textContent).toBe('2001-2001');
    fireEvent.keyDown(screen.getByRole('button', { name: '2001: 2 events' }), { key: 'Enter' });
    expect(screen.getByTestId('range').textContent).toBe('-');
  });
});

describe('dates at their real precision', () => {
  it('formats year, month and day dates in the given locale, and ranges', () => {
    expect(formatPartialDate('2019', 'en-GB')).toBe('2019');
    expect(formatPartialDate('2014-05', 'en-GB')).toBe('May 2014');
    expect(formatPartialDate('2022-09-15', 'en-GB')).toBe('15 September 2022');
    expect(formatPartialDate('2014-05', 'ru')).toMatch(/май 2014/i);
    expect(formatPartialDate('1949-10-01', 'zh-CN')).toBe('1949年10月1日');
    expect(formatDateRange('2023-03-20', '2023-03-22', 'en-GB')).toMatch(/^20\s*–\s*22 March 2023$/);
    expect(formatDateRange('2023-03-20', undefined, 'en-GB')).toBe('20 March 2023');
  });
});
