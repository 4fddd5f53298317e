/**
 * The page's text as a list of segments: the first full scan, then each subtree added or changed later.
 * Segments sit end to end in one virtual text (each at its own `base`), so the background sees one
 * page-wide offset space. A text node belongs to the newest segment that read it: when a subtree is
 * re-read, what older segments found on its nodes stops counting without recomputing them.
 */
import type { Cue, DateMention, Reference, TextFeatures } from '../../core/types';
import type { TextTable } from './extract-text';
import { locateStart, nodeIndexAt, rangeFor, textOffsetOf } from './offsets-to-ranges';

export interface Segment {
  id: number;
  root: Node;
  table: TextTable;
  base: number;
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
    const seg: Segment = { id: this.nextId++, root, table, base: this.nextBase, features: null };
    // +1 keeps segments apart, like a block separator.
    this.nextBase += table.text.length + 1;
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

  /** Whether what `seg` found at local [start, …) still describes the page. */
  isLive(seg: Segment, start: number): boolean {
    const point = locateStart(seg.table, start);
    if (!point || !point.node.isConnected) return false;
    return this.owner.get(point.node)?.seg === seg;
  }

  /** Features of all segments, page-wide offsets, without items on nodes that changed or left. */
  mergedFeatures(): TextFeatures {
    const references: Reference[] = [];
    const dates: DateMention[] = [];
    const cues: Cue[] = [];
    for (const seg of this.segments) {
      const f = seg.features;
      if (!f) continue;
      const keep = <T extends Spanned>(items: T[], out: T[]) => {
        for (const item of items) {
          if (this.isLive(seg, item.start)) out.push({ ...item, start: item.start + seg.base, end: item.end + seg.base });
        }
      };
      keep(f.references, references);
      keep(f.dates, dates);
      keep(f.cues, cues);
    }
    return { references, dates, cues, length: this.nextBase };
  }

  /** Segment containing a page-wide offset. */
  segmentAt(offset: number): Segment | undefined {
    const i = nodeIndexAt(this.bases, offset);
    const seg = this.segments[i];
    return seg && offset <= seg.base + seg.table.text.length ? seg : undefined;
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

  /** Drops segments with nothing left in the page, so memory follows the page. */
  prune() {
    this.segments = this.segments.filter((seg) => seg.table.nodes.some((n) => n.isConnected && this.owner.get(n)?.seg === seg));
    this.bases = this.segments.map((s) => s.base);
  }
}

/** Words around a page-wide span, for telling mentions apart in the panel: more after than before. */
export function snippet(text: PageText, start: number, end: number, before = 24, after = 60): { before: string; text: string; after: string } {
  const seg = text.segmentAt(start);
  if (!seg) return { before: '', text: '', after: '' };
  const s = seg.table.text;
  const a = Math.max(0, start - seg.base - before);
  const b = Math.min(s.length, end - seg.base + after);
  const tidy = (x: string) => x.replace(/\s+/g, ' ');
  return {
    before: (a > 0 ? '…' : '') + tidy(s.slice(a, start - seg.base)).trimStart(),
    text: s.slice(start - seg.base, end - seg.base),
    after: tidy(s.slice(end - seg.base, b)).trimEnd() + (b < s.length ? '…' : ''),
  };
}
