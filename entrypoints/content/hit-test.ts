/**
 * Highlights receive no pointer events, so we find the mark under the pointer ourselves: the caret
 * position under the pointer plus an interval lookup over our marks, confirmed against the range's boxes
 * (the caret snaps to the nearest text even when the pointer is in a margin); `highlightsFromPoint` where
 * the caret finds none of our text (it also returns nothing under DevTools' device emulation, which the
 * caret handles). Quiet marks (not painted) are not under the pointer.
 */
import type { Mark } from './mark-types';

type HighlightsFromPoint = (x: number, y: number) => Array<{ highlight: Highlight; ranges: AbstractRange[] }>;

export interface MarkIndex {
  byRange: Map<AbstractRange, Mark>;
  /** Marks sorted by start (page-wide offsets). */
  sorted: Mark[];
  /** Page-wide offset of a DOM position, if it is in text we read. */
  offsetOf(node: Node, offset: number): number | undefined;
}

/** Marks containing `offset`, by binary search (marks rarely overlap: a date inside a name at most). */
export function marksAt(sorted: readonly Mark[], offset: number): Mark[] {
  let lo = 0;
  let hi = sorted.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const out: Mark[] = [];
  // Walk back a little for marks that started earlier and still cover the offset.
  for (let i = last; i >= 0 && i > last - 4; i--) {
    if (sorted[i].start <= offset && offset < sorted[i].end) out.push(sorted[i]);
  }
  return out;
}

export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The caret first: a hit test plus a binary search over our marks, where `highlightsFromPoint` walks every
 * highlight's ranges (~30 ms a call on a page with 6,600 marks, on every pointer frame: most of the first
 * card's work there). When the caret lands in text we read, its answer is final (a mark there, or none);
 * elsewhere (no caret, text we skip) `highlightsFromPoint` decides where the browser has it.
 */
export function markAtPoint(index: MarkIndex, x: number, y: number): Mark | undefined {
  const atCaret = caretLookup(index, x, y);
  if (atCaret.inText) return atCaret.mark;
  const fromPoint = (CSS as unknown as { highlights?: { highlightsFromPoint?: HighlightsFromPoint } }).highlights
    ?.highlightsFromPoint;
  if (typeof fromPoint !== 'function') return undefined;
  const hits = fromPoint.call(CSS.highlights, x, y);
  let best: Mark | undefined;
  for (const hit of hits) {
    for (const range of hit.ranges) {
      const mark = index.byRange.get(range);
      // Prefer an entity over a date sharing the spot; 'current' ranges are also marks' ranges.
      if (mark && !mark.quiet && (!best || (best.type === 'date' && mark.type !== 'date'))) best = mark;
    }
  }
  return best;
}

/** The caret-based lookup alone. */
export function markAtCaret(index: MarkIndex, x: number, y: number): Mark | undefined {
  return caretLookup(index, x, y).mark;
}

/** The mark under the caret at (x, y), and whether the caret was in text we read at all. */
function caretLookup(index: MarkIndex, x: number, y: number): { mark?: Mark; inText: boolean } {
  const caret = caretAt(x, y);
  if (!caret) return { inText: false };
  const offset = index.offsetOf(caret.node, caret.offset);
  if (offset === undefined) return { inText: false };
  // The caret sits between characters: the one under the pointer may be just before it.
  const candidates = [...marksAt(index.sorted, offset), ...marksAt(index.sorted, offset - 1)];
  const hits = candidates.filter((m) => !m.quiet && rangeContainsPoint(m.range, x, y));
  return { mark: hits.find((m) => m.type !== 'date') ?? hits[0], inText: true };
}
