/**
 * Marks live in the CSS Custom Highlight registry: no element is added to the page's text, and a
 * framework re-rendering the page cannot trip over us. One named highlight per paint (type, alternation,
 * inside a link or not: mark-style.ts); names carry our prefix so they never meet a page's own highlights.
 * Quiet marks (later mentions under 'first mention only') are in no highlight. Without the API nothing is
 * marked at all.
 */
import type { Mark } from './mark-types';
import { CURRENT_NAME, HOVER_NAME, paintName } from './mark-style';

function registry(): HighlightRegistry | undefined {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  return typeof Highlight === 'function' && css?.highlights ? css.highlights : undefined;
}

export function highlightsSupported(): boolean {
  return registry() !== undefined;
}

const paintOf = (mark: Mark) => paintName({ kind: mark.type, alt: mark.alt ?? false, inLink: mark.inLink ?? false });

export class PageHighlights {
  /** By highlight name; the two specials (current, hover) included. */
  private readonly sets = new Map<string, Highlight>();

  private highlightFor(name: string): Highlight | undefined {
    let h = this.sets.get(name);
    if (h) return h;
    const reg = registry();
    if (!reg) return undefined;
    h = new Highlight();
    // The reference the reader is on (or points at) paints over its type's colour.
    if (name === CURRENT_NAME) h.priority = 2;
    if (name === HOVER_NAME) h.priority = 1;
    reg.set(name, h);
    this.sets.set(name, h);
    return h;
  }

  add(mark: Mark) {
    if (!mark.quiet) this.highlightFor(paintOf(mark))?.add(mark.range);
  }

  delete(mark: Mark) {
    this.sets.get(paintOf(mark))?.delete(mark.range);
  }

  setCurrent(range: Range | null) {
    this.setSpecial(CURRENT_NAME, range);
  }

  /** The mark under the pointer (or whose card is open): what the 'only on hover' style shows. */
  setHover(range: Range | null) {
    this.setSpecial(HOVER_NAME, range);
  }

  private setSpecial(name: string, range: Range | null) {
    const h = this.sets.get(name);
    if (h && h.size === 1 && range && h.has(range)) return;
    h?.clear();
    if (range) this.highlightFor(name)?.add(range);
  }

  /**
   * Replaces all paint highlights at once with ones holding `marks`. Filling detached Highlight objects
   * and registering each once costs one repaint, where thousands of adds to a registered highlight
   * cost a repaint of all of them in every frame they span.
   */
  replaceAll(marks: Iterable<Mark>) {
    const reg = registry();
    if (!reg) return;
    const fresh = new Map<string, Highlight>();
    for (const mark of marks) {
      if (mark.quiet) continue;
      const name = paintOf(mark);
      let h = fresh.get(name);
      if (!h) fresh.set(name, (h = new Highlight()));
      h.add(mark.range);
    }
    for (const name of [...this.sets.keys()]) {
      if (name !== CURRENT_NAME && name !== HOVER_NAME && !fresh.has(name)) {
        reg.delete(name);
        this.sets.delete(name);
      }
    }
    for (const [name, h] of fresh) {
      reg.set(name, h);
      this.sets.set(name, h);
    }
  }

  /** Number of painted ranges under our names (what a page would see in CSS.highlights). */
  size(): number {
    let n = 0;
    for (const [name, h] of this.sets) if (name !== CURRENT_NAME && name !== HOVER_NAME) n += h.size;
    return n;
  }

  /** Removes every highlight of ours from the page at once. */
  clear() {
    const reg = registry();
    for (const [name, h] of this.sets) {
      h.clear();
      reg?.delete(name);
    }
    this.sets.clear();
  }
}
