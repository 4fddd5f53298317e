/**
 * 'early May', 'mid-May', 'late May': chrono skips these because 'May' alone may be the verb,
 * and 'mid-June' comes back as June the 1st. The month, at month precision, is what they say.
 * Also months told relative to the publication year ('last May', 'в мае прошлого года',
 * '去年5月'), which chrono would put in the nearest May and '去年' alone would date only the year.
 */
import type { DateMention } from '../types';
import { formatDate } from './partial-date';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const PART = /\b(?:early|mid|late|the (?:beginning|start|middle|end) of|(?:beginning|start|middle|end) of)[- ](january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\s+((?:19|20)\d\d))?\b/gi;

const EN_REL = /\b(?:(last|this|next)\s+(january|february|march|april|may|june|july|august|september|october|november|december)|(?:in\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:of\s+)?(last|this|next)\s+year)\b/gi;
const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const RU_REL = /(?<![\p{L}\p{N}])(?:(\d{1,2})\s+)?(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:е|я|а|й|ь)?\s+(позапрошлого|прошлого|этого|текущего|нынешнего|следующего|будущего)\s+года(?!\p{L})/giu;
const ZH_REL = /(前|去|今|明)年\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?:\s*(\d{1,2})\s*[日号])?/g;
const ZH_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const OFFSET: Record<string, number> = {
  last: -1, this: 0, next: 1, позапрошлого: -2, прошлого: -1, этого: 0, текущего: 0, нынешнего: 0, следующего: 1, будущего: 1, 前: -2, 去: -1, 今: 0, 明: 1,
};

/** Months (or days) whose year is named relative to the publication year. */
export function relativeMonths(text: string, published?: string): DateMention[] {
  if (!published) return [];
  const py = Number(published.slice(0, 4));
  const out: DateMention[] = [];
  const push = (m: RegExpExecArray, offset: number, month: number, day?: number) => {
    if (!(month >= 1 && month <= 12) || (day !== undefined && !(day >= 1 && day <= 31))) return;
    const date = day ? formatDate(py + offset, month, day) : formatDate(py + offset, month);
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, date, precision: day ? 'day' : 'month', via: 'absolute' });
  };
  EN_REL.lastIndex = 0;
  for (let m = EN_REL.exec(text); m !== null; m = EN_REL.exec(text)) {
    const month = MONTHS.indexOf((m[2] ?? m[3]).toLowerCase()) + 1;
    // 'last May' is the latest May before publication; 'May last year' is last year's.
    const pm = Number(published.slice(5, 7));
    const word = (m[1] ?? '').toLowerCase();
    const offset = word === 'last' ? (month < pm ? 0 : -1) : word === 'next' ? (month > pm ? 0 : 1) : OFFSET[(m[1] ?? m[4]).toLowerCase()];
    push(m, offset, month);
  }
  RU_REL.lastIndex = 0;
  for (let m = RU_REL.exec(text); m !== null; m = RU_REL.exec(text)) {
    push(m, OFFSET[m[3].toLowerCase()], RU_MONTHS.indexOf(m[2].toLowerCase()) + 1, m[1] ? Number(m[1]) : undefined);
  }
  ZH_REL.lastIndex = 0;
  for (let m = ZH_REL.exec(text); m !== null; m = ZH_REL.exec(text)) {
    push(m, OFFSET[m[1]], /\d/.test(m[2]) ? Number(m[2]) : ZH_NUM[m[2]], m[3] ? Number(m[3]) : undefined);
  }
  return out;
}

export function monthParts(text: string, published?: string): (DateMention & { yearImplied?: boolean })[] {
  const out: (DateMention & { yearImplied?: boolean })[] = [];
  PART.lastIndex = 0;
  for (let m = PART.exec(text); m !== null; m = PART.exec(text)) {
    const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
    let year = m[2] ? Number(m[2]) : undefined;
    if (year === undefined) {
      if (!published) continue;
      // The nearest such month to publication, as chrono does for a bare month.
      const py = Number(published.slice(0, 4));
      const pm = Number(published.slice(5, 7));
      year = month - pm > 6 ? py - 1 : pm - month > 6 ? py + 1 : py;
    }
    const mention: DateMention & { yearImplied?: boolean } = { text: m[0], start: m.index, end: m.index + m[0].length, date: formatDate(year, month), precision: 'month', via: 'absolute' };
    if (!m[2]) mention.yearImplied = true;
    out.push(mention);
  }
  return out;
}
