/**
 * Regions of a page's text: the article body (headline, standfirst, body) or, on a page with no
 * article (a home page, a section front), the story blocks judged one by one. The content script and
 * the CLI find them in the DOM; here they are only spans of page-wide offsets, so the pure core can
 * weigh evidence by region without knowing what a DOM is.
 */
import type { Span, TextFeatures, TextRegion } from './types';

export type { Judged, Span, TextRegion } from './types';

/** Index of the span holding `offset`, or -1 (spans sorted and disjoint). */
export function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid];
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export const inSpans = (spans: readonly Span[], offset: number) => spanAt(spans, offset) >= 0;

export function spansLength(spans: readonly Span[]): number {
  let n = 0;
  for (const [s, e] of spans) n += e - s;
  return n;
}

/** Sorted, merged union of several span lists. */
export function unionSpans(lists: readonly (readonly Span[])[]): Span[] {
  const all = lists.flat().map(([s, e]) => [s, e] as Span).sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const sp of all) {
    const last = out[out.length - 1];
    if (last && sp[0] <= last[1]) last[1] = Math.max(last[1], sp[1]);
    else out.push(sp);
  }
  return out;
}

/** The features whose items start inside the spans; `length` is the text the spans hold. */
export function featuresIn(f: TextFeatures, spans: readonly Span[]): TextFeatures {
  const keep = <T extends { start: number }>(xs: T[]) => xs.filter((x) => inSpans(spans, x.start));
  return { references: keep(f.references), dates: keep(f.dates), cues: keep(f.cues), length: spansLength(spans) };
}

/** Regions arrive by message from a content script: keep well-formed ones, spans sorted and merged. */
export function wellFormedRegions(x: unknown): TextRegion[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: TextRegion[] = [];
  for (const r of x) {
    if (typeof r !== 'object' || r === null) continue;
    const kind = (r as { kind?: unknown }).kind;
    const spans = (r as { spans?: unknown }).spans;
    if ((kind !== 'article' && kind !== 'block') || !Array.isArray(spans)) continue;
    const ok = spans.filter(
      (s): s is Span => Array.isArray(s) && s.length === 2 && Number.isFinite(s[0]) && Number.isFinite(s[1]) && s[1] > s[0],
    );
    if (ok.length) out.push({ kind, spans: unionSpans([ok]) });
  }
  return out;
}
