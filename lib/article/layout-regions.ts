/**
 * The found layout as text regions: each element's text span in the offsets we send for analysis,
 * from a lookup of where each text node we read sits (the content script's PageText, or one
 * extraction table in the CLI). Text nodes we never read (hidden, whitespace) are stepped over.
 */
import type { Span, TextRegion } from '../../core/types';
import { unionSpans } from '../../core/regions';
import type { PageLayout } from './find-article';

/**
 * The analysed text: segments read from one root each (the page, then subtrees added or changed later,
 * appended after it, so offsets follow reading order, not document order), and where a text node sits.
 */
export interface TextLayout {
  segments: readonly { root: Node; base: number; length: number }[];
  /** The node's span and the index of the segment that holds it, if it was read. */
  spanOf(node: Text): { span: Span; segment: number } | undefined;
}

const SHOW_TEXT = 4;

/** First text node at or after `from` (document order, within `within`) held by `segment`. */
function firstRead(from: Node, within: Node, text: TextLayout, segment: number): Span | undefined {
  const walker = from.ownerDocument!.createTreeWalker(within, SHOW_TEXT);
  walker.currentNode = from;
  for (let n: Node | null = from.nodeType === 3 ? from : walker.nextNode(); n; n = walker.nextNode()) {
    const at = text.spanOf(n as Text);
    if (at && at.segment === segment) return at.span;
  }
  return undefined;
}

/** Last text node inside `root` held by `segment`. */
function lastRead(root: Node, text: TextLayout, segment: number): Span | undefined {
  const walker = root.ownerDocument!.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.lastChild(); n; n = walker.previousNode()) {
    const at = text.spanOf(n as Text);
    if (at && at.segment === segment) return at.span;
  }
  return undefined;
}

/**
 * The spans of text from `start` to the end of `end` (one element when they are the same): in each
 * segment that encloses them, from the first to the last node it holds there; a segment read from a
 * subtree inside them counts whole.
 */
export function elementSpans(start: Element, text: TextLayout, end: Element = start): Span[] {
  let common: Node = start;
  while (!common.contains(end) && common.parentNode) common = common.parentNode;
  const inside = (n: Node) => end.contains(n) || start.contains(n) || (start !== end && common.contains(n) && (start.compareDocumentPosition(n) & 4) !== 0 && (n.compareDocumentPosition(end) & 4) !== 0);
  const out: Span[] = [];
  text.segments.forEach((seg, i) => {
    if (seg.length === 0) return;
    if (inside(seg.root)) out.push([seg.base, seg.base + seg.length]);
    else if (seg.root.contains(start)) {
      const first = firstRead(start, common, text, i);
      const last = lastRead(end, text, i);
      if (first && last && last[1] > first[0]) out.push([first[0], last[1]]);
    }
  });
  return unionSpans([out]);
}

/** Spans of `outer` with `holes` cut out. */
export function subtract(outer: Span, holes: Span[]): Span[] {
  const out: Span[] = [];
  let at = outer[0];
  for (const [s, e] of unionSpans([holes])) {
    if (e <= at || s >= outer[1]) continue;
    if (s > at) out.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < outer[1]) out.push([at, outer[1]]);
  return out;
}

export function layoutRegions(layout: PageLayout, text: TextLayout): TextRegion[] {
  const regions: TextRegion[] = [];
  for (const a of layout.articles) {
    const holes = a.excluded.flatMap((el) => elementSpans(el, text));
    const spans = elementSpans(a.start, text, a.root).flatMap((whole) => subtract(whole, holes));
    if (spans.length) regions.push({ kind: 'article', spans });
  }
  for (const b of layout.blocks) {
    const spans = elementSpans(b, text);
    if (spans.length) regions.push({ kind: 'block', spans });
  }
  return regions;
}
