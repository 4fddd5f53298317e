/**
 * Absolute and weekday/day-relative dates through chrono-node, run only on the windows that can
 * hold one. chrono's raw results are reshaped for news: precision as actually written ('end of
 * December' is a month, not the 31st), weekdays resolved to the nearest day around publication
 * (news says 'on Monday' for both last and next Monday), and a '(16)' after a weekday checked.
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import type { DateMention } from '../types';
import { dateWindows, type DateLang } from './windows';
import { dayToDate, firstDay, formatDate, weekdayOf } from './partial-date';

/** A date chrono found, before context (years from nearby dates) is applied. */
export interface RawDate extends DateMention {
  /** The year was guessed from the publication date, not written. */
  yearImplied?: boolean;
}

/**
 * chrono's casual parsers minus those for clock times, durations ('within six weeks', '3 days
 * ago') and relative periods (relative-periods.ts does those with proper spans): a news date
 * never needs them, and the time-expression parsers are the slowest part of chrono.
 */
const UNUSED = /Time(?:Expression|UnitWithin|UnitAgo|UnitLater|UnitCasualRelative)|CasualTime|RelativeDateFormat|Deadline|AgoFormat/;

function trimmed(c: chrono.Chrono): chrono.Chrono {
  const parsers = c.parsers.filter((p) => !UNUSED.test(p.constructor.name));
  return new chrono.Chrono({ parsers, refiners: c.refiners });
}

let parsers: Record<DateLang, chrono.Chrono> | undefined;
const parserFor = (lang: DateLang) =>
  (parsers ??= { en: trimmed(chrono.en.casual), ru: trimmed(chrono.ru.casual), zh: trimmed(chrono.zh.hans.casual) })[lang];

/** Week/month/year-relative phrases are handled by relative-periods.ts with proper spans. */
const PERIOD_WORDS = /\b(?:week|weeks|month|months|year|years|weekend)\b|недел|месяц|(?:^|\s)(?:году|лет)(?:\s|$)|[周週]$|上个月|下个月|本月|去年|今年|明年/i;
const DAY_WORDS = /yesterday|today|tomorrow|tonight|вчера|сегодня|завтра|позавчера|[昨今明前后]天|[上下本这](?:个)?(?:周|星期|礼拜)[一二三四五六日天]/i;
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|январ|феврал|март|апрел|ма[йяюе]|июн|июл|август|сентябр|октябр|ноябр|декабр|[一二三四五六七八九十]+月/i;
const WEEKDAY_DIRECTION = /\b(?:next|last|previous|coming)\b|следующ|прошл|будущ|^[上下]/i;
const EDGE_TRIM = /^[\s,.;:，。、；：()（）"'«»“”]+|[\s,.;:，。、；：()（）"'«»“”]+$/g;

export function chronoDates(text: string, published?: string): RawDate[] {
  const refDay = published ? firstDay(published) : undefined;
  const ref = refDay === undefined ? new Date(Date.UTC(2000, 0, 1, 12)) : new Date(refDay * 86_400_000 + 43_200_000);
  const out: RawDate[] = [];
  const dayFirst = writesDayFirst(text);
  for (const w of dateWindows(text)) {
    let results: ParsedResult[];
    try {
      results = parserFor(w.lang).parse(text.slice(w.start, w.end), { instant: ref, timezone: 0 });
    } catch {
      continue; // a parser bug on odd input must not cost the page its other dates
    }
    for (const r of results) {
      const mention = toMention(r, text, w.start, refDay, dayFirst);
      if (mention) out.push(mention);
    }
  }
  return out;
}

function toMention(r: ParsedResult, text: string, base: number, refDay: number | undefined, dayFirst: boolean): RawDate | undefined {
  const raw = r.text;
  const lead = raw.length - raw.replace(/^[\s,.;:，。、；：()（）"'«»“”]+/, '').length;
  const body = raw.replace(EDGE_TRIM, '');
  if (!body) return undefined;
  const start = base + r.index + lead;
  const end = start + body.length;
  const s = r.start;
  const knowsDay = s.isCertain('day');
  const knowsMonth = s.isCertain('month');
  const knowsWeekday = s.isCertain('weekday');
  if (falseDateWord(body, text, end)) return undefined;
  const dayWord = DAY_WORDS.test(body);
  if (PERIOD_WORDS.test(body) && !/\d/.test(body) && !knowsWeekday && !dayWord) return undefined;
  if (!knowsDay && !knowsMonth && !knowsWeekday && !dayWord) return undefined; // times, durations, 'now'
  // '上午', 'this evening': chrono dates a time of day to the reference day; a date names a day or month.
  if (!dayWord && !knowsWeekday && !/\d/.test(body) && !MONTH_WORD.test(body)) return undefined;
  const relative = (knowsWeekday && !knowsDay) || dayWord;
  if (relative && refDay === undefined) return undefined;
  let year = s.get('year') ?? 0;
  let month = s.get('month') ?? 1;
  let day = s.get('day') ?? 1;
  if (knowsWeekday && !knowsDay && refDay !== undefined) {
    const d = resolveWeekday(s.get('weekday') ?? 0, refDay, WEEKDAY_DIRECTION.test(body) ? firstDay(formatDate(year, month, day)) : undefined, text, end);
    [year, month, day] = dayToDate(d).split('-').map(Number);
  }
  // A month or day without a year: the latest such date not far past the publication day. News
  // writes 'in February' in September of the February just gone; 'in December' in November of the
  // one to come. chrono takes whichever is nearer, which for 'February' in September is next year's.
  if (!s.isCertain('year') && !relative && refDay !== undefined) year = recentYear(month, knowsDay ? day : 1, refDay);
  // chrono's English parser reads '04.10.2022' the American way (10 April): dots are written day first
  // everywhere, and Russian and Chinese pages put the day first with slashes too.
  const numeric = NUMERIC_DATE.exec(body);
  if (numeric && (numeric[2] === '.' || dayFirst) && Number(numeric[3]) <= 12 && Number(numeric[1]) >= 1 && Number(numeric[1]) <= 31) {
    [day, month, year] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
  }
  if (year < 1000 || year > 2999) return undefined;
  // 'end of December', 'mid-June', 'в конце декабря': chrono invents a day; only the month is known.
  const dayWritten = /\d/.test(body) || relative;
  const precision = knowsDay || relative ? (dayWritten ? 'day' : 'month') : knowsMonth ? 'month' : 'year';
  const date = precision === 'day' ? formatDate(year, month, day) : precision === 'month' ? formatDate(year, month) : formatDate(year);
  const mention: RawDate = { text: body, start, end, date, precision, via: relative ? 'relative' : 'absolute' };
  if (!s.isCertain('year') && !relative) mention.yearImplied = true;
  const e = r.end;
  if (e && (e.isCertain('day') || e.isCertain('month'))) {
    const ey = e.get('year') ?? year;
    const endDate = precision === 'day' && e.isCertain('day') ? formatDate(ey, e.get('month') ?? month, e.get('day') ?? day) : formatDate(ey, e.get('month') ?? month);
    if (endDate > date) mention.endDate = endDate;
  }
  return mention;
}

/** A day and month in numbers with a four-digit year: '04.10.2022', '4/10/2022'. */
const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})$/;

/** Pages mostly in Cyrillic or Chinese characters: numeric dates there are written day first. */
export function writesDayFirst(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  const other = sample.match(/[\u0400-\u04ff\u3400-\u9fff]/g)?.length ?? 0;
  return other > latin;
}

/** How far past the publication day a yearless month or day may lie (an upcoming visit, next month's summit). */
const LOOKAHEAD_DAYS = 92;

function recentYear(month: number, day: number, refDay: number): number {
  const refYear = Number(dayToDate(refDay).slice(0, 4));
  for (const y of [refYear + 1, refYear, refYear - 1]) {
    const d = firstDay(formatDate(y, month, Math.min(day, 28)));
    if (d - refDay <= LOOKAHEAD_DAYS) return y;
  }
  return refYear - 1;
}

/**
 * News writes 'on Monday' for the Monday just past and the one coming: take the nearest to the
 * publication day (the past one on a tie) unless 'next'/'last' was written. A day number in
 * brackets right after ('this Thursday (16)') overrides both.
 */
function resolveWeekday(weekday: number, refDay: number, chronoDay: number | undefined, text: string, end: number): number {
  const hint = /^\s*\((\d{1,2})\)/.exec(text.slice(end, end + 8));
  if (hint) {
    const dom = Number(hint[1]);
    for (let off = 0; off <= 10; off++) {
      for (const d of [refDay - off, refDay + off]) {
        if (weekdayOf(d) === weekday && Number(dayToDate(d).slice(8, 10)) === dom) return d;
      }
    }
  }
  if (chronoDay !== undefined) return chronoDay;
  const back = (weekdayOf(refDay) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(refDay) + 7) % 7;
  return forward < back ? refDay + forward : refDay - back;
}

/** Month and weekday words that are also ordinary words: 'sat', 'Sun', 'march', 'wed'. */
const WORDLIKE_EN = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mar|may|march|jan|jun|aug|sept?|oct|nov|dec)$/i;
const EN_PREPOSITION = /\b(?:on|in|by|since|until|till|from|early|late|mid|last|next|this|end\s+of)[\s-]+$/i;

/**
 * Words that chrono reads as dates but news uses otherwise: 'they sat', 'the Sun', 'march on',
 * 'Today's relations' (an adjective: now, not a day), 'Март' as a name. A date written without a
 * number must look like one: a capitalised month or weekday, abbreviations only after 'on', 'in'…,
 * Russian month names in lower case (a capitalised one mid-sentence is a name) or after a preposition.
 */
export function falseDateWord(body: string, text: string, end: number): boolean {
  if (/\d|[\u3400-\u9fff]/.test(body)) return false;
  if (/^[’']s\b/.test(text.slice(end, end + 3))) return true; // "Today's", "Monday's"
  const words = body.split(/\s+/);
  const last = words[words.length - 1];
  if (/^[A-Za-z]/.test(last)) {
    if (/^(?:today|tomorrow|yesterday|tonight)$/i.test(last)) return false;
    if (!/^[A-Z]/.test(last)) return true;
    const lead = text.slice(Math.max(0, end - last.length - 24), end - last.length);
    if (WORDLIKE_EN.test(last) && !EN_PREPOSITION.test(lead)) return true;
    return false;
  }
  if (/^[\u0400-\u04ff]/.test(last) && words.length === 1 && /^[А-ЯЁ]/.test(last)) {
    if (/^(?:вчера|сегодня|завтра|позавчера)$/i.test(last)) return false;
    const before = text.slice(Math.max(0, end - body.length - 3), end - body.length);
    // A capital after the end of a sentence is just a sentence start; mid-sentence it is a name.
    return !/(?:^|[.!?…]\s*|\n\s*)$/.test(before);
  }
  return false;
}
