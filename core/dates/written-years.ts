/**
 * Years that stand alone ('in 1969', 'since 2014', '2014–2016', '2022年', 'в 2022 году'),
 * which chrono ignores. A year is a weak clue by itself, but it dates the months and days
 * written near it and matches events known only to the year.
 */
import type { DateMention } from '../types';

// Chinese glues numbers to characters ('今年是2024年'), so only Latin and Cyrillic letters block a year.
// An edition name carries its year ('Vostok-2018', 'Northern/Interaction-2024', '海上联合-2025'): a year
// glued by a dash to a word is a year too; after a digit ('2022-2023') it stays the tail of a range.
// A comma before a year is a digit group ('1,959') only after a digit: Chinese copied with ASCII
// commas writes '分歧,1959年苏联'.
const YEAR = /(?:(?<=\p{L}[-–])|(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}$€£¥#№.,:/\\-])|(?<=[^\p{N}\s],))(1[89]\d\d|20\d\d)(?![\p{N}%]|[.,:/-]\d)/gu;
const RANGE_TAIL = /^\s*(?:[-–—]|to|до|至|到)\s*(1[89]\d\d|20\d\d|\d\d)(?![\p{N}])/u;
const LATIN_LETTER = /[A-Za-z]/;

export function writtenYears(text: string): DateMention[] {
  const out: DateMention[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
    const after = text.charAt(m.index + 4);
    if (LATIN_LETTER.test(after)) continue; // '1990s', '2020th'
    let end = m.index + 4;
    let endDate: string | undefined;
    const tail = RANGE_TAIL.exec(text.slice(end, end + 12));
    if (tail) {
      const y = tail[1].length === 2 ? m[1].slice(0, 2) + tail[1] : tail[1];
      if (y > m[1]) {
        endDate = y;
        end += tail[0].length;
        YEAR.lastIndex = end;
      }
    }
    const mention: DateMention = { text: text.slice(m.index, end), start: m.index, end, date: m[1], precision: 'year', via: 'year' };
    if (endDate) mention.endDate = endDate;
    out.push(mention);
  }
  return out;
}
