/**
 * Multi-pattern matcher over the automaton of `automaton.ts`: one pass, then word-boundary,
 * case and inflection checks on each raw hit, then leftmost-longest, non-overlapping selection.
 * Ties on the same span are all returned, consecutively (several aliases share surface forms).
 */
import type { Match } from './types';
import { APOSTROPHE, UPPER, WORD, charFlags, foldString, foldTableOf } from './fold';
import { buildAutomaton, type Automaton } from './automaton';
import { fromSnapshot, specSignature, toSnapshot, type MatcherSnapshot, type PatternTables } from './matcher-snapshot';
import { selectLeftmostLongest } from './leftmost-longest';
import { inflectionEnd, inflectionStem } from './inflection';

export interface PatternSpec {
  text: string;
  /** Compare the case of every letter, not just the folded form. */
  caseSensitive?: boolean;
  /** Russian word: match its stem plus a case ending ('Путин' also finds 'Путина'). */
  inflects?: boolean;
}

export interface Matcher {
  readonly patternCount: number;
  readonly stateCount: number;
  /** Bytes held by the typed tables (the goto map for CJK edges is estimated). */
  readonly tableBytes: number;
  /** True when the tables came from a stored snapshot rather than a build. */
  readonly restored: boolean;
  scan(text: string): Match[];
  /** The tables as plain data, for `buildMatcher(specs, snapshot)` in another context. */
  snapshot(): MatcherSnapshot;
}

/** Units walked before their outputs are checked: the text just read is still in the fastest cache. */
const BLOCK = 4096;

/**
 * A matcher for specs; with `stored` (a snapshot made for the same specs) its tables are taken
 * as they are instead of built. A snapshot for other specs, or a malformed one, is ignored.
 */
export function buildMatcher(specs: readonly PatternSpec[], stored?: unknown): Matcher {
  const restored = stored === undefined ? undefined : fromSnapshot(stored, specs);
  return matcherOver(restored ?? buildTables(specs), restored !== undefined, specs.length, () => specs.map(specSignature));
}

/**
 * A matcher from a snapshot alone, for its own pattern list (undefined if malformed): the caller
 * vouches that the snapshot is for the patterns it wants (`fromSnapshot`).
 */
export function restoreMatcher(stored: unknown): Matcher | undefined {
  const restored = fromSnapshot(stored);
  if (!restored) return undefined;
  const patterns = (stored as MatcherSnapshot).patterns;
  return matcherOver(restored, true, patterns.length, () => patterns);
}

function matcherOver(
  built: { automaton: Automaton; patterns: PatternTables },
  restored: boolean,
  patternCount: number,
  signatures: () => readonly string[],
): Matcher {
  const fold = foldTableOf();
  const flags = charFlags();
  const automaton = built.automaton;
  const { info, D, K, rootRow, chainBase, delta, chain, denseN, fail, sparse, sfail, outLo, outHi, outStart, outList, stateCount } = automaton;
  const { patLen, patFlags, caseAt, caseBits } = built.patterns;
  const outSpan = outHi - outLo;
  const idOf = (code: number) => (code < chainBase ? code / (D + 1) : (code - chainBase) / 4 + denseN);

  /** A CJK class from a non-root state (code s): goto edges along the failure chain. */
  function sparseStep(s: number, cls: number): number {
    let u = sfail[idOf(s)];
    while (u !== 0) {
      const t = sparse.get(u * K + cls);
      if (t !== undefined) return t;
      u = sfail[fail[u]];
    }
    return rootRow[cls];
  }

  /**
   * End offset of a valid match of pattern p over [start, end), or -1. The word start needs no
   * check: the automaton only enters a Latin/Cyrillic pattern on a word-start class.
   */
  function accept(text: string, p: number, start: number, end: number): number {
    const pf = patFlags[p];
    const len = text.length;
    if (pf & 4) {
      const at = caseAt[p] - start;
      for (let k = start; k < end; k++) if ((flags[text.charCodeAt(k)] & UPPER) !== caseBits[at + k]) return -1;
    }
    if (pf & 8) {
      end = inflectionEnd(text, end, fold, flags);
      if (end < 0) return -1;
    }
    if (pf & 2 && end < len) {
      const next = flags[text.charCodeAt(end)];
      if (next & WORD) return -1;
      if (next & APOSTROPHE && end + 1 < len && flags[text.charCodeAt(end + 1)] & WORD) {
        // "Xi's" is a possessive; "Xi'an" is another word.
        const possessive = fold[text.charCodeAt(end + 1)] === 0x73 && (end + 2 >= len || !(flags[text.charCodeAt(end + 2)] & WORD));
        if (!possessive) return -1;
      }
    }
    return end;
  }

  // Buffers kept between scans, so a scan makes no garbage but its result:
  // states with an output as (end, state code) pairs, then raw hits as (start, end, pattern).
  let found = new Int32Array(2 * 1024);
  let cand = new Int32Array(3 * 1024);

  /** Walk state carried from one block to the next: state code, notStart, word. */
  const carry = new Int32Array(3);

  /** The automaton's walk alone over [from, to): nothing but table reads and the few CJK edge look-ups. */
  function walk(text: string, from: number, to: number): number {
    const info_ = info, delta_ = delta, chain_ = chain, chainBase_ = chainBase, D_ = D, outLo_ = outLo, outSpan_ = outSpan;
    let out = found;
    let f = 0;
    let s = carry[0];
    let notStart = carry[1]; // 1: a word character here would continue a word, not start one
    let word = carry[2]; // the previous unit was a word character
    for (let i = from; i < to; i++) {
      const x = info_[text.charCodeAt(i)];
      const cls = (x >>> 2) + (x & ~notStart & 1);
      notStart = (x | ((x >>> 1) & word)) & 1;
      word = x & 1;
      // One branch for the common case, a dense state on a dense class: both differences negative.
      if (((s - chainBase_) & (cls - D_)) < 0) s = delta_[s + cls];
      else if (cls >= D_) s = sparseStep(s, cls);
      else {
        for (;;) {
          const j = s - chainBase_;
          if (chain_[j] === cls) {
            s = chain_[j + 1];
            break;
          }
          s = chain_[j + 2];
          if (s < chainBase_) {
            s = delta_[s + cls];
            break;
          }
        }
      }
      if ((s - outLo_) >>> 0 >= outSpan_) continue;
      if (f + 2 > out.length) {
        const bigger = new Int32Array(out.length * 2);
        bigger.set(out);
        found = out = bigger;
      }
      out[f++] = i + 1;
      out[f++] = s;
    }
    carry[0] = s;
    carry[1] = notStart;
    carry[2] = word;
    return f;
  }

  /**
   * The walk goes block by block and each block's outputs are checked right after it: checked at
   * the end of a long text, the word edges they read had left the cache (four times slower).
   */
  function scan(text: string): Match[] {
    let hits = cand;
    let m = 0;
    carry.fill(0);
    for (let from = 0; from < text.length; from += BLOCK) {
    const f = walk(text, from, Math.min(text.length, from + BLOCK));
    const out = found;
    for (let q = 0; q < f; q += 2) {
      const endAt = out[q];
      const s = out[q + 1];
      const o = s < chainBase ? delta[s + D] : chain[s - chainBase + 3];
      const o1 = outStart[o + 1];
      for (let k = outStart[o]; k < o1; k++) {
        const p = outList[k];
        const start = endAt - patLen[p];
        const end = accept(text, p, start, endAt);
        if (end < 0) continue;
        if (m + 3 > hits.length) {
          const bigger = new Int32Array(hits.length * 2);
          bigger.set(hits);
          cand = hits = bigger;
        }
        hits[m++] = start;
        hits[m++] = end;
        hits[m++] = p;
      }
    }
    }
    return selectLeftmostLongest(hits, m / 3);
  }

  const sparseBytes = sparse.size * 40; // rough: Map entry overhead in V8
  return {
    patternCount,
    stateCount,
    tableBytes: info.byteLength + rootRow.byteLength + delta.byteLength + chain.byteLength + fail.byteLength + sfail.byteLength + outStart.byteLength + outList.byteLength + sparseBytes,
    restored,
    scan,
    snapshot: () => toSnapshot(automaton, built.patterns, signatures()),
  };
}

function buildTables(specs: readonly PatternSpec[]): { automaton: Automaton; patterns: PatternTables } {
  const flags = charFlags();
  // Patterns as matched: the stem for inflecting Russian words, otherwise the folded text.
  const folded = specs.map((s) => foldString(s.inflects ? inflectionStem(s.text) : s.text));
  const automaton = buildAutomaton(folded);

  const patLen = Int32Array.from(folded, (p) => p.length);
  const patFlags = new Uint8Array(specs.length); // 2 word-end, 4 case, 8 inflects
  specs.forEach((spec, i) => {
    const p = folded[i];
    if (!p.length) return;
    if (flags[p.charCodeAt(p.length - 1)] & WORD) patFlags[i] |= 2;
    if (spec.caseSensitive) patFlags[i] |= 4;
    if (spec.inflects) patFlags[i] |= 8;
  });
  // The UPPER bits of each case-sensitive pattern, side by side: reading the pattern strings
  // themselves at every hit cost more than the rest of the check.
  const caseAt = new Int32Array(specs.length);
  let caseTotal = 0;
  for (let i = 0; i < specs.length; i++) if (patFlags[i] & 4) caseTotal += patLen[i];
  const caseBits = new Uint8Array(caseTotal);
  for (let i = 0, at = 0; i < specs.length; i++) {
    if (!(patFlags[i] & 4)) continue;
    caseAt[i] = at;
    for (let k = 0; k < patLen[i]; k++) caseBits[at++] = flags[specs[i].text.charCodeAt(k)] & UPPER;
  }
  return { automaton, patterns: { patLen, patFlags, caseAt, caseBits } };
}
