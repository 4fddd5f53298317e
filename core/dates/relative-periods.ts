/**
 * 'last week', 'this month', 'next year' and their Russian and Chinese forms, resolved against
 * the publication date to a span at the precision they name. chrono turns 'last week' into a
 * single day seven days back, which would make it look like an exact date.
 */
import type { DateMention } from '../types';
import { dayToDate, firstDay, formatDate, weekdayOf } from './partial-date';

type Unit = 'week' | 'month' | 'year';

interface PeriodPattern {
  re: RegExp;
  offset: (m: RegExpExecArray) => number;
  unit: (m: RegExpExecArray) => Unit;
}

const EN_OFFSET: Record<string, number> = { last: -1, previous: -1, past: -1, this: 0, current: 0, next: 1, coming: 1 };
const RU_UNIT: Record<string, Unit> = { недел: 'week', месяц: 'month', год: 'year' };

const PATTERNS: PeriodPattern[] = [
  {
    re: /\b(last|previous|this|current|next|coming)\s+(week|month|year)\b/gi,
    offset: (m) => EN_OFFSET[m[1].toLowerCase()],
    unit: (m) => m[2].toLowerCase() as Unit,
  },
  {
    re: /(?<!\p{L})(?:на|в)\s+(прошл|эт|текущ|следующ|будущ)\p{L}*\s+(недел|месяц|год)\p{L}*/giu,
    offset: (m) => (/прошл/i.test(m[1]) ? -1 : /следующ|будущ/i.test(m[1]) ? 1 : 0),
    unit: (m) => RU_UNIT[m[2].toLowerCase()],
  },
  {
    re: /(上|本|这|下)(?:个)?(周|星期|礼拜|月)|(去|今|明)年/g,
    offset: (m) => (m[1] === '上' || m[3] === '去' ? -1 : m[1] === '下' || m[3] === '明' ? 1 : 0),
    unit: (m) => (m[3] ? 'year' : m[2] === '月' ? 'month' : 'week'),
  },
];

export function relativePeriods(text: string, published?: string): DateMention[] {
  if (!published) return [];
  const ref = firstDay(published);
  const out: DateMention[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      // '周五' after '本' is a weekday, not 'this week': leave it to chrono.
      if (m[2] && m[2] !== '月' && /[一二三四五六日天末]/.test(text.charAt(m.index + m[0].length))) continue;
      const span = periodSpan(ref, p.unit(m), p.offset(m));
      out.push({ text: m[0], start: m.index, end: m.index + m[0].length, ...span, via: 'relative' });
    }
  }
  return out;
}

function periodSpan(ref: number, unit: Unit, offset: number): Pick<DateMention, 'date' | 'endDate' | 'precision'> {
  const [y, mo] = dayToDate(ref).split('-').map(Number);
  if (unit === 'year') return { date: formatDate(y + offset), precision: 'year' };
  if (unit === 'month') {
    const total = y * 12 + (mo - 1) + offset;
    return { date: formatDate(Math.floor(total / 12), (total % 12) + 1), precision: 'month' };
  }
  const monday = ref - ((weekdayOf(ref) + 6) % 7) + 7 * offset;
  return { date: dayToDate(monday), endDate: dayToDate(monday + 6), precision: 'day' };
}
