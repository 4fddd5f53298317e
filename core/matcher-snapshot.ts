/**
 * A built matcher as plain data (typed arrays, numbers, strings): what structuredClone and
 * IndexedDB keep, so a woken service worker can load its tables instead of building the
 * automaton again. `patterns` names the specs the tables were built for: a snapshot only
 * restores a matcher for exactly those specs, and anything malformed is refused (build fresh).
 */
import type { Automaton } from './automaton';

/** Bump whenever the automaton's or the matcher's tables change meaning. 2: dense rows as edits. */
export const MATCHER_SNAPSHOT_FORMAT = 2;

/** The matcher's own per-pattern tables, besides the automaton's. */
export interface PatternTables {
  patLen: Int32Array;
  /** 2 word-end, 4 case, 8 inflects. */
  patFlags: Uint8Array;
  caseAt: Int32Array;
  caseBits: Uint8Array;
}

/**
 * The dense DFA rows (`Automaton.delta`) as what each row changes in the row it inherits from its failure
 * link: dense state k's entries (class, code) are rowClass/rowTo[rowStart[k] .. rowStart[k + 1]), the
 * output index (class D) included. Most of a row is its failure state's (that is how the automaton is
 * built), so the edits are a few per row where the rows are D + 1 numbers each: the shipped engine tables
 * shrink by ~7.5 MB, which a woken worker would otherwise read and inflate before its first answer.
 */
export interface DenseRowEdits {
  rowStart: Uint32Array;
  rowClass: Uint8Array;
  rowTo: Uint32Array;
}

export interface MatcherSnapshot extends Omit<Automaton, 'sparse' | 'delta'>, PatternTables, DenseRowEdits {
  format: number;
  /** One signature per spec (`specSignature`), in order. */
  patterns: string[];
  /** The automaton's CJK goto edges, as two parallel arrays instead of a Map. */
  sparseKeys: Float64Array;
  sparseTo: Uint32Array;
}

export interface PatternSpecLike {
  text: string;
  caseSensitive?: boolean;
  inflects?: boolean;
}

export function specSignature(s: PatternSpecLike): string {
  return `${s.text}\u0000${s.caseSensitive ? 1 : 0}${s.inflects ? 1 : 0}`;
}

type RowShape = Pick<Automaton, 'D' | 'chainBase' | 'chain' | 'denseN' | 'fail'>;

/** A state's code from its id (see Automaton.denseN). */
const codeOf = (a: RowShape, id: number) => (id < a.denseN ? id * (a.D + 1) : a.chainBase + 4 * (id - a.denseN));

/**
 * (Build side; `denseRowsFrom` walks the same chain inline on the restore side, where a woken worker waits for
 * it — sharing this function there cost ~2–4 ms on the first restore. The round-trip test holds them together.)
 * Writes into `into` (D + 1 numbers) the row dense state `id` inherits: its failure state's transitions,
 * i.e. the first dense state's row on its failure chain with the single edges of the chain states
 * before it (nearer ones win), and its own output index. The root inherits nothing. Returns that first
 * dense state's id (whose row must be complete in `delta`), or -1 when the chain is malformed.
 */
function inheritedRow(a: RowShape, delta: Uint32Array, id: number, outBase: number, into: Uint32Array): number {
  const R = a.D + 1;
  into.fill(0);
  let dense = 0;
  if (id !== 0) {
    const f = a.fail[id]!;
    if (!(f >= 0 && f < a.fail.length)) return -1;
    let code = codeOf(a, f);
    const passed: number[] = [];
    while (code >= a.chainBase) {
      const j = code - a.chainBase;
      if (j >= a.chain.length || (j & 3) !== 0 || passed.length > a.chain.length) return -1;
      passed.push(j);
      code = a.chain[j + 2]!;
    }
    if (code % R !== 0) return -1;
    dense = code / R;
    into.set(delta.subarray(code, code + a.D));
    for (let k = passed.length - 1; k >= 0; k--) {
      const j = passed[k]!;
      if (a.chain[j]! < a.D) into[a.chain[j]!] = a.chain[j + 1]!;
    }
  }
  into[a.D] = (id - outBase) >>> 0;
  return dense;
}

/** The dense rows as edits of their inherited rows (see DenseRowEdits). */
export function denseRowEdits(a: Automaton): DenseRowEdits {
  const R = a.D + 1;
  const base = new Uint32Array(R);
  const rowStart = new Uint32Array(a.denseN + 1);
  const cls: number[] = [];
  const to: number[] = [];
  for (let id = 0; id < a.denseN; id++) {
    rowStart[id] = cls.length;
    if (inheritedRow(a, a.delta, id, a.outBase, base) < 0) throw new Error('automaton: malformed failure chain');
    for (let c = 0; c < R; c++) {
      const v = a.delta[id * R + c]!;
      if (v !== base[c]) {
        cls.push(c);
        to.push(v);
      }
    }
  }
  rowStart[a.denseN] = cls.length;
  return { rowStart, rowClass: Uint8Array.from(cls), rowTo: Uint32Array.from(to) };
}

/**
 * The dense rows rebuilt from their edits: each row after the row it inherits from (failure chains only
 * lead to shallower states), copied in place. Undefined when the edits or the failure chains are malformed.
 */
export function denseRowsFrom(a: RowShape & { outBase: number }, edits: DenseRowEdits): Uint32Array | undefined {
  const { rowStart, rowClass, rowTo } = edits;
  const { D, chainBase, chain, denseN, fail, outBase } = a;
  const R = D + 1;
  if (rowStart.length !== denseN + 1 || rowStart[0] !== 0 || rowStart[denseN] !== rowClass.length || rowClass.length !== rowTo.length) return undefined;
  for (let id = 0; id < denseN; id++) if (rowStart[id]! > rowStart[id + 1]!) return undefined;
  for (let k = 0; k < rowClass.length; k++) if (rowClass[k]! > D) return undefined;
  const delta = new Uint32Array(denseN * R);
  const state = new Uint8Array(denseN); // 0 to do, 1 waiting for the row it inherits, 2 done
  /** Per dense state: the code of the dense row it inherits, and the chain states passed on the way there. */
  let passed = new Int32Array(64);
  const stack: number[] = [];
  for (let first = 0; first < denseN; first++) {
    if (state[first] === 2) continue;
    stack.push(first);
    while (stack.length) {
      const id = stack[stack.length - 1]!;
      let from = 0;
      let n = 0;
      if (id !== 0) {
        const f = fail[id]!;
        if (!(f >= 0 && f < fail.length)) return undefined;
        let code = codeOf(a, f);
        while (code >= chainBase) {
          const j = code - chainBase;
          if (j >= chain.length || (j & 3) !== 0 || n > chain.length) return undefined;
          if (n === passed.length) {
            const grown = new Int32Array(n * 2);
            grown.set(passed);
            passed = grown;
          }
          passed[n++] = j;
          code = chain[j + 2]!;
        }
        if (code % R !== 0) return undefined;
        from = code / R;
        if (state[from] !== 2) {
          // Its failure chain's dense row first; one already waiting is a cycle.
          if (state[from] === 1 || from === id) return undefined;
          state[id] = 1;
          stack.push(from);
          continue;
        }
      }
      const x = id * R;
      if (id !== 0) {
        // set() of a view: ~3× faster than copyWithin for rows this short (V8).
        delta.set(delta.subarray(from * R, from * R + D), x);
        // The chain states' single edges, nearer ones last (they win).
        for (let k = n - 1; k >= 0; k--) {
          const j = passed[k]!;
          if (chain[j]! < D) delta[x + chain[j]!] = chain[j + 1]!;
        }
      }
      delta[x + D] = (id - outBase) >>> 0;
      for (let k = rowStart[id]!; k < rowStart[id + 1]!; k++) delta[x + rowClass[k]!] = rowTo[k]!;
      state[id] = 2;
      stack.pop();
    }
  }
  return delta;
}

/** `patterns`: the specs' signatures (`specSignature`), in order. */
export function toSnapshot(a: Automaton, p: PatternTables, patterns: readonly string[]): MatcherSnapshot {
  const { sparse, delta: _dense, ...rest } = a;
  const sparseKeys = new Float64Array(sparse.size);
  const sparseTo = new Uint32Array(sparse.size);
  let i = 0;
  for (const [k, v] of sparse) {
    sparseKeys[i] = k;
    sparseTo[i++] = v;
  }
  return { ...rest, ...denseRowEdits(a), ...p, format: MATCHER_SNAPSHOT_FORMAT, patterns: [...patterns], sparseKeys, sparseTo };
}

const isInt = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/**
 * The tables of a snapshot made for these specs, or undefined if it is for others or malformed.
 * Without `specs` the snapshot's own pattern list is taken as it is: for tables whose provenance is
 * checked otherwise (the engine tables shipped with the extension carry the dataset version they
 * were built from), which spares computing every alias pattern just to compare it.
 */
export function fromSnapshot(x: unknown, specs?: readonly PatternSpecLike[]): { automaton: Automaton; patterns: PatternTables } | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const s = x as Partial<MatcherSnapshot>;
  if (s.format !== MATCHER_SNAPSHOT_FORMAT || !Array.isArray(s.patterns)) return undefined;
  if (specs) {
    if (s.patterns.length !== specs.length) return undefined;
    for (let i = 0; i < specs.length; i++) if (s.patterns[i] !== specSignature(specs[i])) return undefined;
  }
  const n = s.patterns.length;
  const { D, K, chainBase, denseN, outLo, outHi, outBase, stateCount } = s;
  if (![D, K, chainBase, denseN, outLo, outHi, outBase, stateCount].every(isInt)) return undefined;
  const ok =
    (s.info instanceof Uint16Array || s.info instanceof Uint32Array) && s.info.length === 0x10000 &&
    s.rootRow instanceof Uint32Array && s.rootRow.length === K &&
    s.rowStart instanceof Uint32Array && s.rowClass instanceof Uint8Array && s.rowTo instanceof Uint32Array && chainBase === denseN! * (D! + 1) && denseN! <= stateCount! &&
    s.chain instanceof Uint32Array && s.chain.length === 4 * (stateCount! - denseN!) &&
    s.fail instanceof Int32Array && s.fail.length === stateCount &&
    s.sfail instanceof Int32Array && s.sfail.length === stateCount &&
    s.outStart instanceof Int32Array && s.outList instanceof Int32Array && s.outStart.length >= 1 &&
    s.outStart[s.outStart.length - 1] === s.outList.length &&
    s.sparseKeys instanceof Float64Array && s.sparseTo instanceof Uint32Array && s.sparseKeys.length === s.sparseTo.length &&
    s.patLen instanceof Int32Array && s.patLen.length === n &&
    s.patFlags instanceof Uint8Array && s.patFlags.length === n &&
    s.caseAt instanceof Int32Array && s.caseAt.length === n &&
    s.caseBits instanceof Uint8Array;
  if (!ok) return undefined;
  // Every pattern an output can name must exist, or a scan would read past the pattern tables.
  for (const p of s.outList!) if (p < 0 || p >= n) return undefined;
  const delta = denseRowsFrom({ D: D!, chainBase: chainBase!, chain: s.chain!, denseN: denseN!, fail: s.fail!, outBase: outBase! }, { rowStart: s.rowStart!, rowClass: s.rowClass!, rowTo: s.rowTo! });
  if (!delta) return undefined;
  const sparse = new Map<number, number>();
  for (let i = 0; i < s.sparseKeys!.length; i++) sparse.set(s.sparseKeys![i], s.sparseTo![i]);
  return {
    automaton: {
      info: s.info!, D: D!, K: K!, rootRow: s.rootRow!, chainBase: chainBase!, delta, chain: s.chain!, denseN: denseN!,
      fail: s.fail!, sparse, sfail: s.sfail!, outLo: outLo!, outHi: outHi!, outBase: outBase!, outStart: s.outStart!, outList: s.outList!,
      stateCount: stateCount!,
    },
    patterns: { patLen: s.patLen!, patFlags: s.patFlags!, caseAt: s.caseAt!, caseBits: s.caseBits! },
  };
}
