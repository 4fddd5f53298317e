// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { YearScrubber, periodsOf } from '../../components/popup/YearScrubber';
import { EventTrack } from '../../components/popup/EventTrack';
import { formatDateRange, formatPartialDate } from '../../components/popup/format-date';
import type { Event } from '../../core/types';

afterEach(() => cleanup());

const events: Event[] = [
  ['2022-12-30', 'call', 'Video call'],
  ['1969-03', 'conflict', 'Border clashes'],
  ['2001-07-16', 'treaty', 'Treaty signed'],
  ['2001-06-15', 'diplomacy', 'SCO founded'],
  ['2014-05-20', 'energy', 'Gas contract'],
  ['2022-02-04', 'statement', 'Joint statement'],
  ['2022-09-15', 'meeting', 'Samarkand meeting'],
].map(([date, kind, title]) => ({ id: `${date}-${kind}`, date, kind, title, summary: '', entities: [], sources: [] }) as unknown as Event);

function Harness() {
  const [jump, setJump] = useState<{ year: number; n: number } | null>(null);
  const [opened, setOpened] = useState('');
  return (
    <>
      <YearScrubber events={events} onPick={(year) => setJump((j) => ({ year, n: (j?.n ?? 0) + 1 }))} />
      <EventTrack id="t" label="Events in date order" events={events} onOpen={setOpened} jump={jump} />
      <output data-testid="opened">{opened}</output>
    </>
  );
}

describe('timeline: scrubber and vertical track', () => {
  it('groups years into at most eight periods aligned on their length', () => {
    expect(periodsOf(events).map((p) => `${p.from}-${p.to}:${p.count}`)).toEqual(['1960-1969:1', '1970-1979:0', '1980-1989:0', '1990-1999:0', '2000-2009:2', '2010-2019:1', '2020-2029:3']);
    expect(periodsOf(events.filter((e) => e.date >= '2014')).map((p) => p.from)).toEqual([2014, 2016, 2018, 2020, 2022]);
    expect(periodsOf(events.filter((e) => e.date >= '2022')).map((p) => p.from)).toEqual([2022]);
  });
  it('lists the events oldest first under their years, one Tab stop, arrows move, Enter opens', () => {
    render(<Harness />);
    const track = screen.getByRole('list', { name: 'Events in date order' });
    const rows = [...track.querySelectorAll<HTMLButtonElement>('button[data-event-date]')];
    const dates = rows.map((b) => b.dataset.eventDate!);
    expect(dates).toEqual([...dates].sort());
    expect([...track.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['1969', '2001', '2014', '2022']);
    expect(rows.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    rows[0].focus();
    fireEvent.keyDown(rows[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    fireEvent.keyDown(rows[1], { key: 'End' });
    expect(document.activeElement).toBe(rows[rows.length - 1]);
    expect(rows[rows.length - 1].tabIndex).toBe(0);
    fireEvent.click(rows[rows.length - 1]);
    expect(screen.getByTestId('opened').textContent).toBe('2022-12-30-call');
  });
  it('scrubber: a button per period with events, labelled with the count; picking one moves the track there', () => {
    render(<Harness />);
    const bars = screen.getAllByRole('button').filter((b) => b.classList.contains('scrub'));
    expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual(['1960–1969: 1 event', '2000–2009: 2 events', '2010–2019: 1 event', '2020–2029: 3 events']);
    expect(bars.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    bars[0].focus();
    fireEvent.keyDown(bars[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(bars[1]);
    fireEvent.click(bars[2]);
    expect((document.activeElement as HTMLElement).dataset.eventDate).toBe('2014-05-20');
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
