/**
 * Parts of a written year: 'early 2024', 'since the start of 2011', 'в конце 2019 года',
 * 'в первой половине 2023-го', '2024年初', '2023年上半年'. Read as a bare year they would confirm
 * any event of that year ('С начала 2011 года' confirming a March 2011 dispute); the part they
 * name is a span of months. They stay a year's kind of clue (`via: 'year'`): they confirm an event
 * the page's names already point to and never pin one by themselves, only over fewer months.
 * 'Since …' runs on to publication, within its year.
 */
import type { DateMention } from '../types';
import { formatDate } from './partial-date';

type Part = 'start' | 'mid' | 'end' | 'h1' | 'h2';

/** First and last month of each part. */
const MONTHS: Record<Part, [number, number]> = { start: [1, 3], mid: [5, 8], end: [10, 12], h1: [1, 6], h2: [7, 12] };

const YEAR = '(19[5-9]\\d|20\\d\\d)';
const EN = new RegExp(`\\b(?:(since|from)\\s+)?(?:(early|mid|late)[- ]|(?:the\\s+)?(start|beginning|middle|end|first\\s+half|second\\s+half)\\s+of\\s+)${YEAR}(?![\\p{N}]|s\\b)`, 'giu');
const RU = new RegExp(`(?<!\\p{L})(?:(с|со)\\s+)?(начал|середин|конц|конец|перв\\p{L}*\\s+половин|втор\\p{L}*\\s+половин)\\p{L}*\\s+${YEAR}(?!\\p{N})(?:\\s*(?:-?го|года|году|г\\.)(?!\\p{L}))?`, 'giu');
// '2024年初步…' is 'preliminary', '2024年中俄…' is 'in 2024 China and Russia': only unambiguous parts.
const ZH = new RegExp(`${YEAR}\\s*年\\s*(年初|初(?![步次级衷心选稿])|年底|底|年末|末|年中|上半年|下半年)`, 'gu');

function enPart(word: string): Part {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return w === 'early' || w === 'start' || w === 'beginning' ? 'start' : w === 'mid' || w === 'middle' ? 'mid' : w === 'first half' ? 'h1' : w === 'second half' ? 'h2' : 'end';
}

function ruPart(word: string): Part {
  const w = word.toLowerCase();
  return w.startsWith('начал') ? 'start' : w.startsWith('середин') ? 'mid' : w.startsWith('перв') ? 'h1' : w.startsWith('втор') ? 'h2' : 'end';
}

function zhPart(word: string): Part {
  return word.includes('初') ? 'start' : word === '年中' ? 'mid' : word === '上半年' ? 'h1' : word === '下半年' ? 'h2' : 'end';
}

export function yearParts(text: string, published?: string): DateMention[] {
  const out: DateMention[] = [];
  const py = published ? Number(published.slice(0, 4)) : undefined;
  const push = (m: RegExpExecArray, year: string, part: Part, since: boolean) => {
    const y = Number(year);
    let [first, last] = MONTHS[part];
    // 'Since the start of 2026' runs up to publication ('since the start of 2026', written on
    // 4 February, covers that day), but within its own year: later years are the bare years'.
    // Undated, it names only the month it starts from ('С начала 2011 года' is January 2011).
    if (since) {
      if (py === y) last = Math.max(first, Number(published!.slice(5, 7)));
      else if (py !== undefined && py > y) last = 12;
      else if (part === 'start') last = first;
    }
    const mention: DateMention = { text: m[0], start: m.index, end: m.index + m[0].length, date: formatDate(y, first), precision: 'month', via: 'year' };
    if (last !== first) mention.endDate = formatDate(y, last);
    out.push(mention);
  };
  EN.lastIndex = 0;
  for (let m = EN.exec(text); m !== null; m = EN.exec(text)) push(m, m[4], enPart(m[2] ?? m[3]), m[1] !== undefined);
  RU.lastIndex = 0;
  for (let m = RU.exec(text); m !== null; m = RU.exec(text)) push(m, m[3], ruPart(m[2]), m[1] !== undefined);
  ZH.lastIndex = 0;
  for (let m = ZH.exec(text); m !== null; m = ZH.exec(text)) {
    // '自2011年初以来': since the start of the year.
    const since = /^\s*(?:以来|起)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    push(m, m[1], zhPart(m[2]), since);
  }
  return out;
}
