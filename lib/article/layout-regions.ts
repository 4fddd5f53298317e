/**
 * The found layout as text regions: each element's text span in the offsets we send for analysis,
 * from a lookup of where each text node we read sits (the content script's PageText, or one
 * extraction table in the CLI). Text nodes we never read (hidden, whitespace) are stepped over.
 */
import type { Span, TextRegion } from '../../core/types';
import { unionSpans } from '../../core/regions';
import type { PageLayout } from './find-article';

/** Where a text node's text sits in the analysed text, if it was read. */
export type NodeSpan = (node: Text) => Span | undefined;

const SHOW_TEXT = 4;

/** First read text node at or after `from` (in document order, not past `last`). */
function firstRead(from: Node, within: Node, spanOf: NodeSpan): Span | undefined {
  const walker = from.ownerDocument!.createTreeWalker(within, SHOW_TEXT);
  walker.currentNode = from;
  let n: Node | null = from.nodeType === 3 ? from : walker.nextNode();
  for (; n; n = walker.nextNode()) {
    const sp = spanOf(n as Text);
    if (sp) return sp;
  }
  return undefined;
}

/** Last read text node inside `root`. */
function lastRead(root: Node, spanOf: NodeSpan): Span | undefined {
  const walker = root.ownerDocument!.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.lastChild(); n; n = walker.previousNode()) {
    const sp = spanOf(n as Text);
    if (sp) return sp;
  }
  return undefined;
}

/** The span of text an element holds, or of [start … end of `end`]. */
export function elementSpan(start: Element, spanOf: NodeSpan, end: Element = start): Span | null {
  const scope = start === end ? start : (start.parentElement ?? start);
  let common: Node = scope;
  while (!common.contains(end) && common.parentNode) common = common.parentNode;
  const first = firstRead(start, common, spanOf);
  const last = lastRead(end, spanOf);
  if (!first || !last || last[1] <= first[0]) return null;
  return [first[0], last[1]];
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

export function layoutRegions(layout: PageLayout, spanOf: NodeSpan): TextRegion[] {
  const regions: TextRegion[] = [];
  for (const a of layout.articles) {
    const whole = elementSpan(a.start, spanOf, a.root);
    if (!whole) continue;
    const holes = a.excluded.map((el) => elementSpan(el, spanOf)).filter((s): s is Span => s !== null);
    const spans = subtract(whole, holes);
    if (spans.length) regions.push({ kind: 'article', spans });
  }
  for (const b of layout.blocks) {
    const sp = elementSpan(b, spanOf);
    if (sp) regions.push({ kind: 'block', spans: [sp] });
  }
  return regions;
}
