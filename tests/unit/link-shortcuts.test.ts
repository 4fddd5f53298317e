/**
 * The linker's shortcuts must give the very answer of the full path: `yearOf` by arithmetic (no Date per
 * event and page) and `mayDate`, which lets the linker skip an event no page date can touch.
 */
import { describe, expect, it } from 'vitest';
import { datesEvidence, mayDate, spanDates, yearOf } from '../../core/link-dates';
import { spanOf } from '../../core/dates/partial-date';
import type { DateMention } from '../../core/types';

describe('yearOf', () => {
  it('agrees with the calendar on every day from 1400 to 2500', () => {
    const from = Date.UTC(1400, 0, 1) / 86_400_000;
    const to = Date.UTC(2500, 0, 1) / 86_400_000;
    let wrong = 0;
    for (let day = from; day <= to; day++) if (yearOf(day) !== new Date(day * 86_400_000).getUTCFullYear()) wrong++;
    expect(wrong).toBe(0);
    expect(yearOf(Date.UTC(2024, 1, 29) / 86_400_000)).toBe(2024);
    expect(yearOf(Date.UTC(1999, 11, 31) / 86_400_000)).toBe(1999);
  });
});

describe('mayDate', () => {
  const mention = (date: string, extra: Partial<DateMention> = {}): DateMention =>
    ({ date, text: date, start: 10, end: 20, precision: 'day', via: 'written', ...extra }) as DateMention;

  it('is false exactly where datesEvidence finds nothing to count', () => {
    const page = spanDates([mention('2024-05-16'), mention('2019-06', { precision: 'month' }), mention('2022-09-15', { eventId: 'sco-samarkand' })]);
    const cases: Array<[string, string, string | undefined]> = [
      ['visit', '2024-05-16', '2024-05-17'],
      ['other-day', '2024-05-20', undefined],
      ['june', '2019-06-05', undefined],
      ['sco-samarkand', '2022-09-15', undefined],
      ['unrelated', '2022-09-15', undefined],
      ['decade-ago', '2014-05-20', undefined],
    ];
    for (const [id, date, end] of cases) {
      const span = spanOf(date, end);
      const evidence = datesEvidence(id, span, page, [[12]]);
      // Skipping is only allowed where the full path gives nothing.
      if (!mayDate(page, id, span)) expect(evidence, id).toBeUndefined();
    }
    expect(mayDate(page, 'visit', spanOf('2024-05-16', '2024-05-17'))).toBe(true);
    expect(mayDate(page, 'june', spanOf('2019-06-05'))).toBe(true);
    expect(mayDate(page, 'sco-samarkand', spanOf('2022-09-15'))).toBe(true);
    expect(mayDate(page, 'other-day', spanOf('2024-05-20'))).toBe(false);
    expect(mayDate(page, 'decade-ago', spanOf('2014-05-20'))).toBe(false);
  });
});
