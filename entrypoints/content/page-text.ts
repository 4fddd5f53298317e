/**
 * The page's text as a list of segments: the first full scan, then each subtree added or changed later.
 * Segments sit end to end in one virtual text (each at its own `base`), so the background sees one
 * page-wide offset space. A text node belongs to the newest segment that read it: when a subtree is
 * re-read, what older segments found on its nodes stops counting without recomputing them.
 */
import type { TextFeatures } from '../../core/types';
import type { TextTable } from './extract-text';
import type { TextLayout } from '../../lib/article/layout-regions';
import { locateStart, nodeIndexAt, rangeFor, textOffsetOf } from './offsets-to-ranges';

export interface Segment {
  id: number;
  root: Node;
  /** The segment's offset table; its `text` is dropped once analysed (the page holds the text already). */
  table: TextTable;
  base: number;
  length: number;
  /** Segment-relative features, once the background answered. */
  features: TextFeatures | null;
}

type Spanned = { start: number; end: number };

export class PageText {
  segments: Segment[] = [];
  /** Bases of `segments`, ascending (segments are only appended), for binary search. */
  private bases: number[] = [];
  private owner = new WeakMap<Text, { seg: Segment; index: number }>();
  private nextBase = 0;
  private nextId = 1;

  add(root: Node, table: TextTable): Segment {
    const seg: Segment = { id: this.nextId++, root, table, base: this.nextBase, length: table.text.length, features: null };
    // +1 keeps segments apart, like a block separator.
    this.nextBase += seg.length + 1;
    table.nodes.forEach((node, index) => this.owner.set(node, { seg, index }));
    this.segments.push(seg);
    this.bases.push(seg.base);
    return seg;
  }

  clear() {
    this.segments = [];
    this.bases = [];
    this.owner = new WeakMap();
    this.nextBase = 0;
  }

  get length() {
    return this.nextBase;
  }

  /** The segment and table index that own a text node, if any. */
  ownerOf(node: Node): { seg: Segment; index: number } | undefined {
    return node.nodeType === 3 ? this.owner.get(node as Text) : undefined;
  }

  /** The text as segments and node spans, for mapping the page's article to offsets (lib/article). */
  layout(): TextLayout {
    const index = new Map(this.segments.map((seg, i) => [seg, i]));
    return {
      segments: this.segments,
      spanOf: (node) => {
        const owned = this.owner.get(node);
        const segment = owned && index.get(owned.seg);
        if (!owned || segment === undefined) return undefined;
        const start = owned.seg.base + owned.seg.table.starts[owned.index];
        return { span: [start, start + owned.seg.table.lengths[owned.index]], segment };
      },
    };
  }

  /** Whether what `seg` found at local [start, …) still describes the page. */
  isLive(seg: Segment, start: number): boolean {
    const point = locateStart(seg.table, start);
    if (!point || !point.node.isConnected) return false;
    return this.owner.get(point.node)?.seg === seg;
  }

  /** Whether a page-wide offset's item still describes the page (see isLive). */
  isLiveAt(offset: number): boolean {
    const seg = this.segmentAt(offset);
    return seg !== undefined && this.isLive(seg, offset - seg.base);
  }

  /** Features of all segments, page-wide offsets, without items on nodes that changed or left. */
  mergedFeatures(): TextFeatures {
    const merge = this.merger();
    while (!merge.step()) {
      // Synchronous callers take it all at once.
    }
    return merge.result;
  }

  /** The same merge in steps (a 10 MB page has tens of thousands of items): `step(deadline)` until true. */
  merger(): { step: (deadline?: { expired(): boolean }) => boolean; result: TextFeatures } {
    const result: TextFeatures = { references: [], dates: [], cues: [], length: this.nextBase };
    const work: Array<[Segment, Spanned[], Spanned[]]> = [];
    for (const seg of this.segments) {
      const f = seg.features;
      if (!f) continue;
      work.push([seg, f.references, result.references], [seg, f.dates, result.dates], [seg, f.cues, result.cues]);
    }
    let w = 0;
    let i = 0;
    const step = (deadline?: { expired(): boolean }) => {
      for (; w < work.length; w++, i = 0) {
        const [seg, items, out] = work[w];
        for (; i < items.length; i++) {
          const item = items[i];
          if (this.isLive(seg, item.start)) out.push({ ...item, start: item.start + seg.base, end: item.end + seg.base });
          if (deadline && (i & 255) === 255 && deadline.expired()) {
            i++;
            return false;
          }
        }
      }
      return true;
    };
    return { step, result };
  }

  /** Segment containing a page-wide offset. */
  segmentAt(offset: number): Segment | undefined {
    const i = nodeIndexAt(this.bases, offset);
    const seg = this.segments[i];
    return seg && offset <= seg.base + seg.length ? seg : undefined;
  }

  /** DOM range for a page-wide span. */
  rangeFor(start: number, end: number): Range | null {
    const seg = this.segmentAt(start);
    if (!seg) return null;
    return rangeFor(seg.table, start - seg.base, end - seg.base);
  }

  /** Page-wide offset of a DOM position, when it is in text we read. */
  offsetOf(node: Node, offset: number): number | undefined {
    const owned = this.ownerOf(node);
    if (!owned) return undefined;
    return owned.seg.base + textOffsetOf(owned.seg.table, owned.index, offset);
  }

  /** Frees a segment's copy of the page text: on a 10 MB page that copy is most of our memory. */
  release(seg: Segment) {
    seg.table = { ...seg.table, text: '' };
  }

  /** Drops segments with nothing left in the page, so memory follows the page. */
  prune() {
    this.segments = this.segments.filter((seg) => seg.table.nodes.some((n) => n.isConnected && this.owner.get(n)?.seg === seg));
    this.bases = this.segments.map((s) => s.base);
  }
}

const BLOCK = /^(P|DIV|LI|H[1-6]|TD|TH|DD|DT|BLOCKQUOTE|SECTION|ARTICLE|MAIN|ASIDE|HEADER|FOOTER|FIGCAPTION|BODY|PRE|TABLE|UL|OL)$/;

/** Up to `max` characters of the block's text next to a DOM position, read from the page (bounded work). */
function textBeside(node: Node, offset: number, max: number, forward: boolean): string {
  let block: Node | null = node.parentNode;
  while (block && !(block.nodeType === 1 && BLOCK.test((block as Element).tagName))) block = block.parentNode;
  const data = node.nodeType === 3 ? (node as Text).data : '';
  let out = forward ? data.slice(offset, offset + max) : data.slice(Math.max(0, offset - max), offset);
  if (!block) return out;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  while (out.length < max) {
    const next = (forward ? walker.nextNode() : walker.previousNode()) as Text | null;
    if (!next) break;
    out = forward ? out + next.data.slice(0, max - out.length) : next.data.slice(-(max - out.length)) + out;
  }
  return out;
}

/** A mention with the words around it, for telling mentions apart in the panel: more after than before. */
export function snippet(range: Range, before = 24, after = 60): { before: string; text: string; after: string } {
  const tidy = (x: string) => x.replace(/\s+/g, ' ');
  const pre = tidy(textBeside(range.startContainer, range.startOffset, before + 1, false));
  const post = tidy(textBeside(range.endContainer, range.endOffset, after + 1, true));
  return {
    before: (pre.length > before ? '…' + pre.slice(-before) : pre).trimStart(),
    text: tidy(range.toString()),
    after: (post.length > after ? post.slice(0, after) + '…' : post).trimEnd(),
  };
}
