/**
 * Dates told by arithmetic on a date just written: 'The agreement was signed on 14 October 2004.
 * The islands were handed over exactly four years after the signing' (14 October 2008),
 * 'ровно через четыре года после подписания', 'спустя два года', '四年后'. The offset is counted
 * from the nearest date written before it in the same paragraph, at that date's precision; a
 * phrase with no such date ('four years later' on its own) stays no date.
 */
import type { DateMention } from '../types';
import { daysInMonth, formatDate, precisionOf } from './partial-date';

type Unit = 'year' | 'month' | 'week' | 'day';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
  一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

const UNITS: [RegExp, Unit][] = [
  [/^(?:years?|год|года|лет)$/i, 'year'],
  [/^(?:months?|месяц|месяца|месяцев)$/i, 'month'],
  [/^(?:weeks?|неделю|недели|недель)$/i, 'week'],
  [/^(?:days?|день|дня|дней)$/i, 'day'],
  [/^年$/, 'year'],
  [/^个月$/, 'month'],
  [/^(?:周|星期)$/, 'week'],
  [/^天$/, 'day'],
];

// 'four years after', 'two years later'; 'через четыре года после', 'спустя два года'; '四年后', '两个月之后'.
const PATTERNS: RegExp[] = [
  /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(years?|months?|weeks?|days?)\s+(?:after|later)\b/giu,
  /(?<![\p{L}])через\s+(\d{1,2}|одна|один|две|два|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+(год|года|лет|месяц|месяца|месяцев|неделю|недели|недель|день|дня|дней)\s+после(?![\p{L}])/giu,
  /(?<![\p{L}])спустя\s+(\d{1,2}|одна|один|две|два|три|четыре|пять|шесть|семь|восемь|девять|десять)\s+(год|года|лет|месяц|месяца|месяцев|неделю|недели|недель|день|дня|дней)(?![\p{L}])/giu,
  /(\d{1,2}|[一两二三四五六七八九十])(年|个月|周|星期|天)(?:之)?后/gu,
];

/** How far before the phrase the date it counts from may be written. */
const REACH = 400;

/**
 * Offset dates of `text`, each counted from the nearest of `written` (page dates, ascending by
 * start; absolute or written years only) before it in the same paragraph.
 */
export function offsetDates(text: string, written: readonly DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const count = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
      const unit = UNITS.find(([re]) => re.test(m![2]))?.[1];
      if (!count || !unit) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      const anchor = anchorBefore(text, written, start);
      if (!anchor) continue;
      const date = shift(anchor.date, count, unit);
      if (!date) continue;
      out.push({ text: m[0], start, end, date, precision: precisionOf(date), via: 'absolute' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function anchorBefore(text: string, written: readonly DateMention[], at: number): DateMention | undefined {
  for (let i = written.length - 1; i >= 0; i--) {
    const d = written[i];
    if (d.end > at) continue;
    if (at - d.end > REACH || text.slice(d.end, at).includes('\n\n')) return undefined;
    // Counted from a date the page writes, not from 'now' or an anniversary's age.
    if (d.via === 'absolute' || d.via === 'year') return d.endDate ? undefined : d;
    return undefined;
  }
  return undefined;
}

/** `date` moved forward by `count` units, at its own precision; undefined if the unit is finer than it. */
function shift(date: string, count: number, unit: Unit): string | undefined {
  const y = Number(date.slice(0, 4));
  const precision = precisionOf(date);
  if (unit === 'year') {
    if (precision === 'year') return formatDate(y + count);
    const m = Number(date.slice(5, 7));
    // 29 February four years on is a day; one year on it is the 28th.
    return precision === 'month' ? formatDate(y + count, m) : formatDate(y + count, m, Math.min(Number(date.slice(8, 10)), daysInMonth(y + count, m)));
  }
  if (precision === 'year') return undefined;
  const month = Number(date.slice(5, 7));
  if (unit === 'month') {
    const total = y * 12 + (month - 1) + count;
    const ny = Math.floor(total / 12);
    const nm = (total % 12) + 1;
    if (precision === 'month') return formatDate(ny, nm);
    return formatDate(ny, nm, Math.min(Number(date.slice(8, 10)), daysInMonth(ny, nm)));
  }
  if (precision !== 'day') return undefined;
  const days = unit === 'week' ? count * 7 : count;
  const dt = new Date(Date.UTC(y, month - 1, Number(date.slice(8, 10)) + days));
  return formatDate(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}
