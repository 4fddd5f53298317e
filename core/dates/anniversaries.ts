/**
 * Anniversaries name a past event by its age: 'the 75th anniversary of diplomatic relations'
 * (published 2024) points at an event of 1949. We find the event of that year whose own words
 * (title, keywords, names of what it involves) best match the words around the phrase; if none
 * matches well enough, the mention still dates the year.
 */
import type { DateMention } from '../types';
import { firstDay, precisionOf } from './partial-date';
import type { EventWords } from './event-words';

const UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, fifteenth: 15,
};
const TENS: Record<string, number> = { twent: 20, thirt: 30, fort: 40, fift: 50, sixt: 60, sevent: 70, eight: 80, ninet: 90 };
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const EN_WORD_ORDINAL = '(?:(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)(?:ieth|y[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|fifteenth|hundredth)';
const PATTERNS: RegExp[] = [
  new RegExp(`\\b(\\d{1,3})(?:st|nd|rd|th)?[- ]?anniversary\\b|\\b(${EN_WORD_ORDINAL})[- ]anniversary\\b|\\b(centenary|centennial)\\b`, 'gi'),
  /\b(\d{1,3})\s+years\s+(?:of|since)\b/gi,
  /(?<!\p{N})(\d{1,3})\s*[-–]?\s*(?:(?:летие|летия|летию|летием)|(?:[-–]?(?:я|й|ю|ой|ую)\s+)?годовщин\p{L}*)/giu,
  /(?<!\p{N})(\d{1,3}|[一二两三四五六七八九十百]{1,4})\s*[周週]年/gu,
];

const HINT = /anniversar|centen|years\s+(?:of|since)|летие|лети[яю]|годовщин|[周週]年/gi;

export interface AnniversaryIndex {
  /**
   * `guessed`: the reference year is only the latest year the page writes (no publication date),
   * so an anniversary counts only when it names an event; no year-only or commemoration guesses.
   */
  find(text: string, published?: string, guessed?: boolean): DateMention[];
}

export function buildAnniversaryIndex(words: EventWords): AnniversaryIndex {
  return {
    find(text, published, guessed = false) {
      if (!published) return [];
      const refYear = Number(published.slice(0, 4));
      const refDay = firstDay(published);
      const out: DateMention[] = [];
      // Cheap scan for the words first; the full patterns run only on a short stretch around each.
      const spots: number[] = [];
      HINT.lastIndex = 0;
      for (let h = HINT.exec(text); h !== null; h = HINT.exec(text)) spots.push(h.index);
      if (spots.length === 0) return out;
      const seen = new Set<number>();
      for (const re of PATTERNS) {
        for (const spot of spots) {
          const from = Math.max(0, spot - 40);
          const piece = text.slice(from, Math.min(text.length, spot + 40));
          re.lastIndex = 0;
          for (let local = re.exec(piece); local !== null; local = re.exec(piece)) {
            const m = Object.assign([...local], { index: from + local.index, input: text }) as unknown as RegExpExecArray;
            if (seen.has(m.index)) continue;
            seen.add(m.index);
          const age = ageOf(m);
          if (!age || age > refYear - 1000) continue;
          const year = refYear - age;
          const context = contextOf(text, m.index, m.index + m[0].length);
          // No event of that year: the phrase may name today's commemoration ('the 80th
          // anniversary of victory' parade), an event within days of publication in these words.
          const best = words.bestOfYear(year, context, age);
          if (!best && guessed) continue;
          // No event of that year: the phrase may name the commemoration of these days (the
          // '80th anniversary of victory' parade). That dates it, but does not identify it: a
          // Russian page on its own parade must not link the one a Chinese leader attended.
          const now = best || guessed ? undefined : words.commemorating(age, refDay - COMMEMORATION_REACH, refDay + COMMEMORATION_REACH, context);
          // 'N years of …' is a duration far more often than an anniversary: keep it only when it names an event.
          if (!best && re === PATTERNS[1]) continue;
          const base = { text: m[0], start: m.index, end: m.index + m[0].length, via: 'anniversary' as const };
          if (best) out.push({ ...base, date: best.date, precision: precisionOf(best.date), eventId: best.id });
          else if (now) out.push({ ...base, date: now.date, ...(now.endDate ? { endDate: now.endDate } : {}), precision: precisionOf(now.date) });
          else out.push({ ...base, date: String(year), precision: 'year' });
          }
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

const COMMEMORATION_REACH = 15;

function contextOf(text: string, start: number, end: number): string {
  let right = Math.min(text.length, end + 110);
  const stop = text.slice(end, right).search(/[.!?。！？\n]/);
  if (stop >= 0) right = end + stop;
  return text.slice(Math.max(0, start - 50), right);
}

function ageOf(m: RegExpExecArray): number | undefined {
  const raw = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  if (/^\d+$/.test(raw)) return Number(raw) || undefined;
  if (raw === 'centenary' || raw === 'centennial' || raw === 'hundredth') return 100;
  if (raw in UNITS) return UNITS[raw];
  const tens = Object.keys(TENS).find((t) => raw.startsWith(t));
  if (tens) {
    const unit = raw.slice(tens.length).replace(/^(?:ieth|y[- ])/, '');
    return TENS[tens] + (UNITS[unit] ?? 0);
  }
  return chineseNumber(raw);
}

function chineseNumber(s: string): number | undefined {
  if (!s) return undefined;
  if (s === '百') return 100;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch in ZH_DIGITS) digit = ZH_DIGITS[ch];
    else return undefined;
  }
  return total + digit || undefined;
}
