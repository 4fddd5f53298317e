/**
 * Marks live in the CSS Custom Highlight registry: no element is added to the page's text, and a
 * framework re-rendering the page cannot trip over us. One named highlight per type; names carry our
 * prefix so they never meet a page's own highlights. Without the API nothing is marked at all.
 */
import type { MarkType } from '../../lib/settings';
import type { Mark } from './mark-types';

export type HighlightKind = Exclude<MarkType, 'country'> | 'current';

export const highlightName = (kind: HighlightKind) => `crlens-${kind}`;

function registry(): HighlightRegistry | undefined {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  return typeof Highlight === 'function' && css?.highlights ? css.highlights : undefined;
}

export function highlightsSupported(): boolean {
  return registry() !== undefined;
}

export class PageHighlights {
  private readonly sets = new Map<HighlightKind, Highlight>();

  private highlightFor(kind: HighlightKind): Highlight | undefined {
    let h = this.sets.get(kind);
    if (h) return h;
    const reg = registry();
    if (!reg) return undefined;
    h = new Highlight();
    // The reference the reader is on paints over its type's colour.
    if (kind === 'current') h.priority = 1;
    reg.set(highlightName(kind), h);
    this.sets.set(kind, h);
    return h;
  }

  add(mark: Mark) {
    this.highlightFor(mark.type)?.add(mark.range);
  }

  delete(mark: Mark) {
    this.sets.get(mark.type)?.delete(mark.range);
  }

  setCurrent(range: Range | null) {
    this.sets.get('current')?.clear();
    if (range) this.highlightFor('current')?.add(range);
  }

  /**
   * Replaces all type highlights at once with ones holding `marks`. Filling detached Highlight objects
   * and registering each once costs one repaint, where thousands of adds to a registered highlight
   * cost a repaint of all of them in every frame they span.
   */
  replaceAll(marks: Iterable<Mark>) {
    const reg = registry();
    if (!reg) return;
    const fresh = new Map<HighlightKind, Highlight>();
    for (const mark of marks) {
      let h = fresh.get(mark.type);
      if (!h) fresh.set(mark.type, (h = new Highlight()));
      h.add(mark.range);
    }
    for (const kind of [...this.sets.keys()]) {
      if (kind !== 'current' && !fresh.has(kind)) {
        reg.delete(highlightName(kind));
        this.sets.delete(kind);
      }
    }
    for (const [kind, h] of fresh) {
      reg.set(highlightName(kind), h);
      this.sets.set(kind, h);
    }
  }

  /** Number of ranges under our names (what a page would see in CSS.highlights). */
  size(): number {
    let n = 0;
    for (const [kind, h] of this.sets) if (kind !== 'current') n += h.size;
    return n;
  }

  /** Removes every highlight of ours from the page at once. */
  clear() {
    const reg = registry();
    for (const [kind, h] of this.sets) {
      h.clear();
      reg?.delete(highlightName(kind));
    }
    this.sets.clear();
  }
}
