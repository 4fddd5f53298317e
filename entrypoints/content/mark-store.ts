/**
 * The page's current marks and their highlights. Syncing to a new set of specs keeps unchanged marks
 * (same key: same Range, no repaint), drops stale ones and places new ones in slices.
 */
import { PageHighlights } from './highlights';
import { forEachSliced, yieldToPage } from './idle-queue';
import type { MarkSpec } from './mark-specs';
import type { Mark } from './mark-types';
import { HighlightStyles } from './page-styles';
import type { MarkStyle } from '../../lib/settings';

/** What the marks are painted with: the page's palette (dark or light) in the reader's style. */
export interface MarkLook {
  dark: boolean;
  style: MarkStyle;
}

/** Inside a link the mark must not draw a line over the link's own (mark-style.ts). */
function inLink(range: Range): boolean {
  const start = range.startContainer;
  const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  return !!el?.closest('a[href]');
}

/** New marks above which highlights are rebuilt and swapped in rather than added one by one. */
const BULK = 300;

export class MarkStore {
  readonly highlights = new PageHighlights();
  private readonly styles = new HighlightStyles();
  /** Sorted by page-wide start. */
  marks: Mark[] = [];
  readonly byRange = new Map<AbstractRange, Mark>();
  private readonly byKey = new Map<string, Mark>();

  /** False when cancelled part-way (the caller's work was superseded). */
  private look: MarkLook | null = null;

  /** `look` is asked only when there is something to mark (reading the page's colours costs a style read). */
  async sync(specs: MarkSpec[], place: (spec: MarkSpec) => Range | null, look: () => MarkLook, isCancelled: () => boolean): Promise<boolean> {
    if (specs.length > 0) this.restyle(look(), true);
    const wanted = new Set(specs.map((s) => s.key));
    for (const [key, mark] of this.byKey) {
      if (!wanted.has(key) || !mark.range.startContainer.isConnected) this.drop(key, mark);
    }
    const fresh = specs.filter((s) => !this.byKey.has(s.key));
    if (specs.length > BULK) await yieldToPage();
    if (isCancelled()) return false;
    // Many new marks: place them all, then swap the highlights in once (see PageHighlights.replaceAll).
    const bulk = fresh.length > BULK;
    const done = await forEachSliced(
      fresh,
      (spec) => {
        const range = place(spec);
        if (!range) return;
        const mark: Mark = { ...spec, range, inLink: inLink(range) };
        this.byKey.set(spec.key, mark);
        this.byRange.set(range, mark);
        if (!bulk) this.highlights.add(mark);
      },
      isCancelled,
    );
    if (!done) {
      // Cancelled part-way: what was placed stays consistent with what is shown.
      if (bulk) this.highlights.replaceAll(this.byKey.values());
      return false;
    }
    if (bulk) this.highlights.replaceAll(this.byKey.values());
    this.marks = [...this.byKey.values()].sort((a, b) => a.start - b.start);
    return true;
  }

  /** A new palette or style: one stylesheet rewrite, the marks stay (only once marks were ever drawn, unless `force`). */
  restyle(look: MarkLook, force = false) {
    if (!force && this.look === null) return;
    this.look = look;
    this.styles.apply(look.dark, look.style);
  }

  /** Drops marks whose text left the page; true if any did. */
  pruneDetached(): boolean {
    let changed = false;
    for (const [key, mark] of this.byKey) {
      if (!mark.range.startContainer.isConnected || mark.range.collapsed) {
        this.drop(key, mark);
        changed = true;
      }
    }
    if (changed) this.marks = this.marks.filter((m) => this.byKey.has(m.key));
    return changed;
  }

  /** Everything of ours off the page at once: highlights and the stylesheet. */
  clear() {
    this.highlights.clear();
    this.styles.remove();
    this.look = null;
    this.byKey.clear();
    this.byRange.clear();
    this.marks = [];
  }

  private drop(key: string, mark: Mark) {
    this.highlights.delete(mark);
    this.byKey.delete(key);
    this.byRange.delete(mark.range);
  }
}
