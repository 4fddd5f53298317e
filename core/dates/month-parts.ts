/**
 * 'early May', 'mid-May', 'late May': chrono skips these because 'May' alone may be the verb,
 * and 'mid-June' comes back as June the 1st. The month, at month precision, is what they say.
 */
import type { DateMention } from '../types';
import { formatDate } from './partial-date';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const PART = /\b(?:early|mid|late|the (?:beginning|start|middle|end) of|(?:beginning|start|middle|end) of)[- ](january|february|march|april|may|june|july|august|september|october|november|december)(?:,?\s+((?:19|20)\d\d))?\b/gi;

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
