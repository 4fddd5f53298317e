/**
 * Splits text into index terms. Latin and Cyrillic split on letters/digits; Han text has no spaces,
 * so a Han run yields its single characters and overlapping bigrams (any substring query of 2+ characters
 * becomes an AND of bigrams), plus the words Intl.Segmenter finds, where it exists.
 */
import { fold, termKey } from './normalize';

/** Han, plus kana and hangul which also run without spaces. */
export const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/g;
/** One word: letters (with combining marks) and digits, joined by inner apostrophes or hyphens not included. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Words in nearly every event ('of', 'the', 'и', 'в'): indexing them only makes every query that contains
 * them score most of the dataset. They are neither indexed nor searched.
 */
const STOP = new Set(
  ('the of and an in on at to for by with from as is was were be been its it that this their his her or but not are has have had ' +
    'after into over и в во на с со по к о об от до из за для что как не а но же').split(' '),
);

type Segmenter = { segment(s: string): Iterable<{ segment: string; isWordLike?: boolean }> };
let zhSegmenter: Segmenter | null | undefined;
function segmenter(): Segmenter | null {
  if (zhSegmenter === undefined) {
    const Seg = (Intl as unknown as { Segmenter?: new (l: string, o: object) => Segmenter }).Segmenter;
    zhSegmenter = Seg ? new Seg('zh', { granularity: 'word' }) : null;
  }
  return zhSegmenter;
}

function pushCjk(run: string, out: string[], forQuery: boolean): void {
  const chars = Array.from(run);
  if (chars.length === 1) {
    out.push(chars[0]);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  if (forQuery) return;
  for (const c of chars) out.push(c);
  const seg = segmenter();
  if (seg && chars.length > 2) {
    for (const s of seg.segment(run)) if (s.isWordLike && s.segment.length > 2) out.push(s.segment);
  }
}

/**
 * Terms for the index: every word's key, and for Han runs unigrams, bigrams and segmenter words.
 * Single Latin/Cyrillic letters are left out: mostly the 's' of "Putin's", and no one searches for them.
 */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (!CJK.test(word)) {
      if (word.length > 1) {
        const key = termKey(word);
        if (!STOP.has(key)) out.push(key);
      }
      continue;
    }
    let last = 0;
    for (const r of word.matchAll(CJK_RUN)) {
      if (r.index! > last) out.push(termKey(word.slice(last, r.index)));
      pushCjk(r[0], out, false);
      last = r.index! + r[0].length;
    }
    if (last < word.length) out.push(termKey(word.slice(last)));
  }
  return out;
}

/**
 * Terms for a query: like the index, but a Han run becomes only its bigrams (or its one character).
 * Stop words are dropped when the query has other words; alone they may be a prefix being typed ('the' → 'theatre').
 */
export function queryTerms(text: string): string[] {
  const terms = rawQueryTerms(text);
  const kept = terms.filter((t) => !STOP.has(t));
  return kept.length > 0 ? kept : terms;
}

function rawQueryTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (!CJK.test(word)) {
      out.push(termKey(word));
      continue;
    }
    let last = 0;
    for (const r of word.matchAll(CJK_RUN)) {
      if (r.index! > last) out.push(termKey(word.slice(last, r.index)));
      pushCjk(r[0], out, true);
      last = r.index! + r[0].length;
    }
    if (last < word.length) out.push(termKey(word.slice(last)));
  }
  return out;
}

export function isCjkTerm(term: string): boolean {
  return CJK.test(term);
}

export { fold };
