/**
 * Crude, language-agnostic content words (and years) for comparing a phrase with an event's own words:
 * Latin and Cyrillic words cut to a 5-letter stem (so 'relations'/'relationship' and
 * 'отношений'/'отношения' meet), Chinese as character bigrams (traditional folded to simplified,
 * as the matcher does), function words dropped.
 */
import { foldTableOf } from '../fold';

const STOP = new Set([
  'the', 'and', 'for', 'with', 'from', 'that', 'this', 'its', 'their', 'between', 'which', 'will', 'was', 'were',
  'are', 'has', 'have', 'had', 'into', 'over', 'after', 'before', 'during', 'about', 'also', 'two', 'both', 'new',
  'anniv', 'years', 'year', 'celeb', 'marki', 'commem', 'comme', 'found', 'signi',
  'china', 'chine', 'russi', 'sino', 'soviet', 'sovie', 'ussr', 'prc',
  'между', 'годов', 'годам', 'летие', 'летия', 'после', 'также', 'китай', 'китая', 'росси', 'российско', 'китайско',
  'росси', 'китай', 'совет', 'ссср', 'кнр',
]);
const WORD = /[\p{Script=Latin}\p{Script=Cyrillic}]{3,}|\p{Script=Han}+|(?<!\d)(?:1[89]|20)\d\d(?!\d)/gu;

const SHARED_BIGRAM = /[中俄两国周年]{2}/;

export function contentTokens(text: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0].toLowerCase().replace(/ё/g, 'е');
    const c = w.charCodeAt(0);
    if (c <= 0x39) {
      out.push(w); // a year written in both: '1969 border clashes'
      continue;
    }
    if (c >= 0x2e80) {
      const fold = foldTableOf();
      for (let i = 0; i + 1 < w.length; i++) {
        const bigram = String.fromCharCode(fold[w.charCodeAt(i)], fold[w.charCodeAt(i + 1)]);
        if (!SHARED_BIGRAM.test(bigram)) out.push(bigram);
      }
      continue;
    }
    const stem = w.slice(0, 5);
    if (!STOP.has(w) && !STOP.has(stem)) out.push(stem);
  }
  return out;
}
