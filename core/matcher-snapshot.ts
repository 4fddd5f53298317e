/**
 * A built matcher as plain data (typed arrays, numbers, strings): what structuredClone and
 * IndexedDB keep, so a woken service worker can load its tables instead of building the
 * automaton again. `patterns` names the specs the tables were built for: a snapshot only
 * restores a matcher for exactly those specs, and anything malformed is refused (build fresh).
 */
import type { Automaton } from './automaton';

/** Bump whenever the automaton's or the matcher's tables change meaning. */
export const MATCHER_SNAPSHOT_FORMAT = 1;

/** The matcher's own per-pattern tables, besides the automaton's. */
export interface PatternTables {
  patLen: Int32Array;
  /** 2 word-end, 4 case, 8 inflects. */
  patFlags: Uint8Array;
  caseAt: Int32Array;
  caseBits: Uint8Array;
}

export interface MatcherSnapshot extends Omit<Automaton, 'sparse'>, PatternTables {
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

/** `patterns`: the specs' signatures (`specSignature`), in order. */
export function toSnapshot(a: Automaton, p: PatternTables, patterns: readonly string[]): MatcherSnapshot {
  const { sparse, ...rest } = a;
  const sparseKeys = new Float64Array(sparse.size);
  const sparseTo = new Uint32Array(sparse.size);
  let i = 0;
  for (const [k, v] of sparse) {
    sparseKeys[i] = k;
    sparseTo[i++] = v;
  }
  return { ...rest, ...p, format: MATCHER_SNAPSHOT_FORMAT, patterns: [...patterns], sparseKeys, sparseTo };
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
    s.delta instanceof Uint32Array && s.delta.length === chainBase && chainBase === denseN! * (D! + 1) &&
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
  const sparse = new Map<number, number>();
  for (let i = 0; i < s.sparseKeys!.length; i++) sparse.set(s.sparseKeys![i], s.sparseTo![i]);
  return {
    automaton: {
      info: s.info!, D: D!, K: K!, rootRow: s.rootRow!, chainBase: chainBase!, delta: s.delta!, chain: s.chain!, denseN: denseN!,
      fail: s.fail!, sparse, sfail: s.sfail!, outLo: outLo!, outHi: outHi!, outBase: outBase!, outStart: s.outStart!, outList: s.outList!,
      stateCount: stateCount!,
    },
    patterns: { patLen: s.patLen!, patFlags: s.patFlags!, caseAt: s.caseAt!, caseBits: s.caseBits! },
  };
}
