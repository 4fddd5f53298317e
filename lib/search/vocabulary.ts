/**
 * The index's terms with how often they occur, kept sorted so a short prefix ('sa', 'пу') can be expanded
 * to its few most frequent completions instead of to every term that starts with it — that expansion is
 * what made 2-letter prefixes take half a second at 100k events.
 * A vocabulary loaded from storage stays as its sorted terms and a typed array of counts (no Map to fill).
 */
import { indexOfTerm, lowerBound } from './sorted-terms';

export interface VocabularyData {
  /** Sorted terms, one per line. */
  terms: string;
  counts: Uint32Array;
}

export class Vocabulary {
  private counts = new Map<string, number>();
  private sorted: string[] | null = null;
  /** Counts by position in `sorted`, when loaded from storage (then `counts` is empty until something is added). */
  private frozen: Uint32Array | null = null;

  add(terms: readonly string[]): void {
    if (terms.length === 0) return;
    this.thaw();
    for (const t of terms) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
    this.sorted = null;
  }

  /** Sorted terms and their counts, to store with a serialised index: a string and a typed array. */
  toData(): VocabularyData {
    const sorted = this.sortedTerms();
    return { terms: sorted.join('\n'), counts: Uint32Array.from(sorted, (t, i) => this.count(t, i)) };
  }

  static fromData(data: VocabularyData): Vocabulary {
    if (!data || typeof data.terms !== 'string' || !(data.counts instanceof Uint32Array)) throw new Error('stored vocabulary: wrong shape');
    const terms = data.terms === '' ? [] : data.terms.split('\n');
    if (terms.length !== data.counts.length) throw new Error('stored vocabulary: parts do not fit');
    const v = new Vocabulary();
    v.sorted = terms;
    v.frozen = data.counts;
    return v;
  }

  /** The vocabulary of both: terms merged in sorted order, counts added (a vocabulary stored with an index plus one of added documents). */
  static merged(a: Vocabulary, b: Vocabulary): Vocabulary {
    const x = a.sortedTerms();
    const y = b.sortedTerms();
    if (y.length === 0) return a;
    const terms: string[] = [];
    const counts: number[] = [];
    for (let i = 0, j = 0; i < x.length || j < y.length; ) {
      if (j >= y.length || (i < x.length && x[i] < y[j])) (terms.push(x[i]), counts.push(a.count(x[i], i++)));
      else if (i >= x.length || y[j] < x[i]) (terms.push(y[j]), counts.push(b.count(y[j], j++)));
      else (terms.push(x[i]), counts.push(a.count(x[i], i++) + b.count(y[j], j++)));
    }
    const v = new Vocabulary();
    v.sorted = terms;
    v.frozen = Uint32Array.from(counts);
    return v;
  }

  has(term: string): boolean {
    return this.frozen ? indexOfTerm(this.sorted!, term) >= 0 : this.counts.has(term);
  }

  /**
   * Up to `limit` terms starting with `prefix`, most frequent first (the prefix itself first if it is a term),
   * stopping once the terms taken occur `budget` times in all.
   */
  complete(prefix: string, limit: number, budget = Infinity): string[] {
    const sorted = this.sortedTerms();
    const top: { t: string; n: number }[] = [];
    for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i].startsWith(prefix); i++) {
      const t = sorted[i];
      const n = t === prefix ? Infinity : this.count(t, i);
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
      covered += x.t === prefix ? this.count(x.t) : x.n;
    }
    return out;
  }

  /** How often `term` occurs; `at` is its position in the sorted terms when the caller knows it. */
  private count(term: string, at?: number): number {
    if (!this.frozen) return this.counts.get(term) ?? 0;
    const i = at ?? indexOfTerm(this.sorted!, term);
    return i >= 0 ? this.frozen[i] : 0;
  }

  private sortedTerms(): string[] {
    return (this.sorted ??= [...this.counts.keys()].sort());
  }

  private thaw(): void {
    if (!this.frozen) return;
    this.counts = new Map(this.sorted!.map((t, i) => [t, this.frozen![i]]));
    this.frozen = null;
  }
}
