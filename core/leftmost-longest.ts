/** Choosing the reported matches among the raw hits of one scan. */
import type { Match } from './types';

/**
 * Leftmost-longest, non-overlapping; every pattern tied on a chosen span is kept.
 * Hits arrive ordered by end, so by start they are only locally out of order (by at most the
 * longest pattern): an in-place insertion sort is linear here and allocates nothing.
 */
export function selectLeftmostLongest(c: Int32Array, count: number): Match[] {
  for (let i = 1; i < count; i++) {
    const s = c[i * 3], e = c[i * 3 + 1], p = c[i * 3 + 2];
    let j = i - 1;
    while (j >= 0 && before(s, e, p, c[j * 3], c[j * 3 + 1], c[j * 3 + 2])) {
      c[j * 3 + 3] = c[j * 3];
      c[j * 3 + 4] = c[j * 3 + 1];
      c[j * 3 + 5] = c[j * 3 + 2];
      j--;
    }
    c[j * 3 + 3] = s;
    c[j * 3 + 4] = e;
    c[j * 3 + 5] = p;
  }
  const out: Match[] = [];
  let lastEnd = 0;
  let lastStart = -1;
  let lastSpanEnd = -1;
  for (let i = 0; i < count; i++) {
    const start = c[i * 3], end = c[i * 3 + 1], p = c[i * 3 + 2];
    if (start === lastStart && end === lastSpanEnd) {
      if (out[out.length - 1].aliasIndex !== p) out.push({ start, end, aliasIndex: p });
      continue;
    }
    if (start < lastEnd) continue;
    out.push({ start, end, aliasIndex: p });
    lastStart = start;
    lastSpanEnd = end;
    lastEnd = end;
  }
  return out;
}

/** Order: start ascending, then longer first, then pattern index. */
function before(s1: number, e1: number, p1: number, s2: number, e2: number, p2: number): boolean {
  if (s1 !== s2) return s1 < s2;
  if (e1 !== e2) return e1 > e2;
  return p1 < p2;
}
