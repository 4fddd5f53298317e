/** The search as it was before the compact index (commit 2d3ae7a), kept only as the benchmarks' same-run baseline. */
/**
 * The index's terms with how often they occur, kept sorted so a short prefix ('sa', 'пу') can be expanded
 * to its few most frequent completions instead of to every term that starts with it — that expansion is
 * what made 2-letter prefixes take half a second at 100k events.
 */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private sorted: string[] | null = null;

  add(terms: readonly string[]): void {
    for (const t of terms) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
    this.sorted = null;
  }

  /** Term and count pairs, to store with a serialised index. */
  toJSON(): [string, number][] {
    return [...this.counts];
  }

  static fromJSON(pairs: readonly [string, number][]): Vocabulary {
    const v = new Vocabulary();
    for (const [t, n] of pairs) v.counts.set(t, n);
    return v;
  }

  has(term: string): boolean {
    return this.counts.has(term);
  }

  /**
   * Up to `limit` terms starting with `prefix`, most frequent first (the prefix itself first if it is a term),
   * stopping once the terms taken occur `budget` times in all.
   */
  complete(prefix: string, limit: number, budget = Infinity): string[] {
    const sorted = (this.sorted ??= [...this.counts.keys()].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const top: { t: string; n: number }[] = [];
    for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++) {
      const t = sorted[i];
      const n = t === prefix ? Infinity : this.counts.get(t)!;
      if (top.length < limit) top.push({ t, n });
      else if (n > top[top.length - 1].n) top[top.length - 1] = { t, n };
      else continue;
      top.sort((a, b) => b.n - a.n);
    }
    const out: string[] = [];
    let covered = 0;
    for (const x of top) {
      if (out.length > 0 && covered >= budget) break;
      out.push(x.t);
      covered += x.t === prefix ? this.counts.get(x.t)! : x.n;
    }
    return out;
  }
}
