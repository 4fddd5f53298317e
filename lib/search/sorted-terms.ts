/**
 * Term lookups over a sorted array of terms (JavaScript's default string order, by UTF-16 code unit):
 * exact, by prefix, and within an edit distance. A sorted array stands in for a radix tree: it is stored
 * and loaded as one string, where a tree has to be rebuilt node by node on every load.
 */

/** Index of the first term >= key. */
export function lowerBound(terms: readonly string[], key: string, lo = 0, hi = terms.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of `term`, or -1. */
export function indexOfTerm(terms: readonly string[], term: string): number {
  const i = lowerBound(terms, term);
  return i < terms.length && terms[i] === term ? i : -1;
}

/** Terms never hold U+FFFF (the tokenizer keeps letters, marks and digits): past every term starting with the prefix. */
const AFTER = '\uffff';

/** [from, to): the terms that start with `prefix` (the prefix itself included if it is a term). */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  const from = lowerBound(terms, prefix);
  return [from, lowerBound(terms, prefix + AFTER, from)];
}

/**
 * Every term within `maxDistance` Levenshtein edits of `query` (insert, delete, substitute; by code unit,
 * as MiniSearch's fuzzy search counts them), as [term index, distance] in term order. Walks the sorted
 * terms as the trie they spell: rows of the edit matrix are kept for the prefix a term shares with the
 * previous one, and a prefix whose best row already exceeds the distance skips every term under it.
 */
export function fuzzyTerms(terms: readonly string[], query: string, maxDistance: number): [number, number][] {
  const out: [number, number][] = [];
  const n = query.length + 1;
  const maxLen = query.length + maxDistance;
  // Row d is the edit row after d characters of the term; rows 0..valid hold for the current prefix.
  const rows = new Uint16Array((maxLen + 2) * n);
  for (let j = 0; j < n; j++) rows[j] = j;
  let prev = '';
  let valid = 0;
  let i = 0;
  outer: while (i < terms.length) {
    const t = terms[i];
    let d = 0;
    const lim = Math.min(valid, t.length, prev.length);
    while (d < lim && t.charCodeAt(d) === prev.charCodeAt(d)) d++;
    // Rows 0..d are valid for t's first d characters.
    for (; d < t.length; d++) {
      if (d + 1 > maxLen) {
        // Longer than the query by more than the distance allows: neither t nor anything under this prefix.
        i = skipPrefix(terms, t, d + 1, i);
        prev = t;
        valid = d;
        continue outer;
      }
      const c = t.charCodeAt(d);
      const p = d * n;
      const r = p + n;
      rows[r] = d + 1;
      let min = rows[r];
      for (let j = 1; j < n; j++) {
        const sub = rows[p + j - 1] + (c === query.charCodeAt(j - 1) ? 0 : 1);
        const del = rows[p + j] + 1;
        const ins = rows[r + j - 1] + 1;
        const v = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
        rows[r + j] = v;
        if (v < min) min = v;
      }
      if (min > maxDistance) {
        i = skipPrefix(terms, t, d + 1, i);
        prev = t;
        valid = d;
        continue outer;
      }
    }
    const dist = rows[t.length * n + n - 1];
    if (dist <= maxDistance) out.push([i, dist]);
    prev = t;
    valid = t.length;
    i++;
  }
  return out;
}

/** Whether `term` starts with the first `len` characters of `of`. */
function sharesPrefix(term: string, of: string, len: number): boolean {
  if (term.length < len) return false;
  for (let k = len - 1; k >= 0; k--) if (term.charCodeAt(k) !== of.charCodeAt(k)) return false;
  return true;
}

/**
 * The first term after `from` that does not start with `of`'s first `len` characters. Galloping from
 * `from`: most pruned prefixes cover a few terms, and no string is built for the comparison.
 */
function skipPrefix(terms: readonly string[], of: string, len: number, from: number): number {
  let lo = from + 1;
  let step = 1;
  let hi = lo;
  while (hi < terms.length && sharesPrefix(terms[hi], of, len)) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, terms.length);
  // terms[lo - 1] shares the prefix, terms[hi] (if any) does not.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sharesPrefix(terms[mid], of, len)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
