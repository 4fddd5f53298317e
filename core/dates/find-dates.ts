/**
 * All the dates of a text, resolved against its publication date: chrono's absolute and
 * weekday dates, relative periods, bare years and anniversaries, merged without overlaps.
 * A month or day written without a year takes the year of the date written just before it in
 * the same paragraph ('In March 2023 … Later in October' is October 2023), else the year
 * nearest the publication date.
 */
import type { DateMention, Entity, Event } from '../types';
import { chronoDates, type RawDate } from './chrono-dates';
import { relativePeriods } from './relative-periods';
import { writtenYears } from './written-years';
import { yearParts } from './year-parts';
import { monthParts, relativeMonths } from './month-parts';
import { buildAnniversaryIndex } from './anniversaries';
import { buildEventWords, sentenceAround, type EventWords, type EventWordTables } from './event-words';
import { spanOf } from './partial-date';

export interface DateFinder {
  /**
   * `yearless`, if given, receives the dates written without a year that nothing resolved (no
   * publication date, no year written just before): 'on 15 September' on an undated page.
   */
  find(text: string, published?: string, yearless?: DateMention[]): DateMention[];
  /** The events' own words, shared with whoever else needs to tell events apart by description. */
  readonly words: EventWords;
}

const PRIORITY: Record<NonNullable<DateMention['via']>, number> = { anniversary: 4, absolute: 3, relative: 2, year: 1 };
const INHERIT_REACH = 300;
const DAY_TAIL = /^\s*(?:and|to|through|[-–—]|至|到|и|по|до)\s*(\d{1,2})(?:日|号)?(?![\p{N}.,:]\d)/u;

/** `known`: the words of some of these events already read (see `buildEventWords`). */
export function createDateFinder(events: readonly Event[], entities: readonly Entity[], known?: EventWordTables): DateFinder {
  const words = buildEventWords(events, entities, known);
  const anniversaries = buildAnniversaryIndex(words);
  return {
    words,
    find(text, published, yearless) {
      const all: RawDate[] = [
        ...(published ? anniversaries.find(text, published) : anniversaries.find(text, latestWrittenYear(text), true)),
        ...chronoDates(text, published),
        ...monthParts(text, published),
        ...relativeMonths(text, published),
        ...relativePeriods(text, published),
        ...yearParts(text, published),
        ...writtenYears(text),
      ];
      const kept = withoutOverlaps(all);
      const out: DateMention[] = [];
      const guessed = new Set<DateMention>(); // years taken from the publication date: not to be passed on
      for (const d of kept) {
        if (d.yearImplied && !inheritYear(d, out, text, guessed)) {
          if (!published) {
            if (d.via === 'absolute') {
              extendDayRange(d, text);
              const { yearImplied: _y, ...loose } = d;
              yearless?.push(loose);
            }
            continue;
          }
          guessed.add(d);
        }
        extendDayRange(d, text);
        const { yearImplied: _ignored, ...mention } = d;
        if (mention.via !== 'anniversary') {
          const [first, last] = spanOf(mention.date, mention.endDate);
          const near = words.matching(first, last, sentenceAround(text, mention.start, mention.end));
          if (near.length) mention.near = near;
        }
        if (guessed.has(d)) guessed.add(mention);
        out.push(mention);
      }
      return out;
    },
  };
}

const WRITTEN_YEAR = /(?<![\p{N}.,])(19[5-9]\d|20\d\d)(?![\p{N}])/gu;

/** Without a publication date, the latest year a page writes stands in for 'now' for anniversaries. */
function latestWrittenYear(text: string): string | undefined {
  let max = 0;
  WRITTEN_YEAR.lastIndex = 0;
  for (let m = WRITTEN_YEAR.exec(text); m !== null; m = WRITTEN_YEAR.exec(text)) max = Math.max(max, Number(m[1]));
  return max ? `${max}-07-01` : undefined;
}

function withoutOverlaps(all: RawDate[]): RawDate[] {
  all.sort((a, b) => a.start - b.start || PRIORITY[b.via ?? 'year'] - PRIORITY[a.via ?? 'year'] || b.end - a.end);
  const kept: RawDate[] = [];
  for (const d of all) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) {
      const better = PRIORITY[d.via ?? 'year'] > PRIORITY[last.via ?? 'year'] || (d.via === last.via && d.end - d.start > last.end - last.start);
      if (better) kept[kept.length - 1] = d;
      continue;
    }
    kept.push(d);
  }
  return kept;
}

function inheritYear(d: RawDate, before: DateMention[], text: string, guessed: Set<DateMention>): boolean {
  for (let i = before.length - 1; i >= 0; i--) {
    const p = before[i];
    if (d.start - p.end > INHERIT_REACH) return false;
    if (p.via === 'anniversary' || p.via === 'relative' || guessed.has(p)) continue;
    if (text.slice(p.end, d.start).includes('\n\n')) return false;
    const year = p.date.slice(0, 4);
    d.date = year + d.date.slice(4);
    if (d.endDate) d.endDate = year + d.endDate.slice(4);
    return true;
  }
  return false;
}

/** 'May 16 and 17', '3月20日至22日': chrono reads only the first day. */
function extendDayRange(d: DateMention, text: string): void {
  if (d.precision !== 'day' || d.endDate || d.via === 'anniversary') return;
  const tail = DAY_TAIL.exec(text.slice(d.end, d.end + 12));
  if (!tail) return;
  const day = Number(tail[1]);
  if (day <= Number(d.date.slice(8, 10)) || day > 31) return;
  d.endDate = `${d.date.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

