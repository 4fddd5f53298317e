/**
 * Multi-pattern matcher: one Aho-Corasick automaton over folded UTF-16 code units.
 *
 * Why a hybrid table: Latin/Cyrillic/digit classes are few, so their transitions are a dense,
 * precomputed DFA (one typed-array read per character). Han characters are many and each
 * appears in few aliases, so they use goto edges plus failure links, which keeps the table small.
 * Characters in no alias map to class 0, whose transition is always the root.
 *
 * Selection is leftmost-longest and non-overlapping; ties on the same span are all returned
 * (several aliases can share one surface form), consecutively.
 */
import type { Match } from './types';
import { APOSTROPHE, UPPER, WORD, charFlags, foldString, foldTableOf, isCjkUnit } from './fold';
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
  scan(text: string): Match[];
}

const MAX_DENSE = 255;

export function buildMatcher(specs: readonly PatternSpec[]): Matcher {
  const fold = foldTableOf();
  const flags = charFlags();
  // Patterns as matched: the stem for inflecting Russian words, otherwise the folded text.
  const folded = specs.map((s) => foldString(s.inflects ? inflectionStem(s.text) : s.text));

  // Character classes: dense for non-CJK units (first come, capped), sparse for the rest.
  const classOfFolded = new Map<number, number>();
  let dense = 1;
  const sparseUnits: number[] = [];
  for (const p of folded) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (classOfFolded.has(c)) continue;
      if (!isCjkUnit(c) && dense < MAX_DENSE) classOfFolded.set(c, dense++);
      else {
        classOfFolded.set(c, -1);
        sparseUnits.push(c);
      }
    }
  }
  const D = dense;
  sparseUnits.forEach((c, i) => classOfFolded.set(c, D + i));
  const K = D + sparseUnits.length;
  const classOf = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) classOf[c] = classOfFolded.get(fold[c]) ?? 0;

  // Trie.
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  folded.forEach((p, pi) => {
    if (p.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const cls = classOf[p.charCodeAt(i)];
      let next = children[s].get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        children[s].set(cls, next);
      }
      s = next;
    }
    own[s].push(pi);
  });
  const n = children.length;

  // BFS: failure links, dense DFA rows, sparse goto edges, merged outputs (longest first).
  const fail = new Int32Array(n);
  const delta = n < 0xffff ? new Uint16Array(n * D) : new Uint32Array(n * D);
  const sparse = new Map<number, number>();
  const outs: number[][] = new Array(n);
  outs[0] = own[0];
  const order: number[] = [0];
  for (let qi = 0; qi < order.length; qi++) {
    const s = order[qi];
    const f = fail[s];
    if (s !== 0) outs[s] = own[s].length ? own[s].concat(outs[f]) : outs[f];
    for (let cls = 1; cls < D; cls++) delta[s * D + cls] = s === 0 ? 0 : delta[f * D + cls];
    for (const [cls, t] of children[s]) {
      if (cls < D) delta[s * D + cls] = t;
      else sparse.set(s * K + cls, t);
      // fail[s]'s row is complete (it is shallower), so one lookup gives fail[t].
      if (s !== 0) fail[t] = cls < D ? delta[f * D + cls] : sparseStep(f, cls);
      order.push(t);
    }
  }
  let outTotal = 0;
  for (let s = 0; s < n; s++) outTotal += outs[s].length;
  const outStart = new Int32Array(n + 1);
  const outList = new Int32Array(outTotal);
  for (let s = 0, k = 0; s < n; s++) {
    outStart[s] = k;
    for (const p of outs[s]) outList[k++] = p;
  }
  outStart[n] = outTotal;

  const patLen = Int32Array.from(folded, (p) => p.length);
  const patFlags = new Uint8Array(specs.length); // 1 word-start, 2 word-end, 4 case, 8 inflects
  specs.forEach((spec, i) => {
    const p = folded[i];
    if (!p.length) return;
    if (flags[p.charCodeAt(0)] & WORD) patFlags[i] |= 1;
    if (flags[p.charCodeAt(p.length - 1)] & WORD) patFlags[i] |= 2;
    if (spec.caseSensitive) patFlags[i] |= 4;
    if (spec.inflects) patFlags[i] |= 8;
  });
  const caseText = specs.map((s) => s.text);

  function sparseStep(s: number, cls: number): number {
    for (;;) {
      const t = sparse.get(s * K + cls);
      if (t !== undefined) return t;
      if (s === 0) return 0;
      s = fail[s];
    }
  }

  /** End offset of a valid match of pattern p over [start, end), or -1. */
  function accept(text: string, p: number, start: number, end: number): number {
    const pf = patFlags[p];
    const len = text.length;
    if (pf & 4) {
      const a = caseText[p];
      for (let k = 0; k < end - start; k++) {
        if ((flags[text.charCodeAt(start + k)] & UPPER) !== (flags[a.charCodeAt(k)] & UPPER)) return -1;
      }
    }
    if (pf & 1 && start > 0) {
      const prev = flags[text.charCodeAt(start - 1)];
      if (prev & WORD) return -1;
      if (prev & APOSTROPHE && start > 1 && flags[text.charCodeAt(start - 2)] & WORD) return -1;
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

  function scan(text: string): Match[] {
    const len = text.length;
    let cand = new Int32Array(48);
    let m = 0;
    let s = 0;
    for (let i = 0; i < len; i++) {
      const cls = classOf[text.charCodeAt(i)];
      s = cls < D ? delta[s * D + cls] : sparseStep(s, cls);
      const o0 = outStart[s];
      const o1 = outStart[s + 1];
      if (o0 === o1) continue;
      for (let k = o0; k < o1; k++) {
        const p = outList[k];
        const start = i + 1 - patLen[p];
        const end = accept(text, p, start, i + 1);
        if (end < 0) continue;
        if (m + 3 > cand.length) {
          const bigger = new Int32Array(cand.length * 2);
          bigger.set(cand);
          cand = bigger;
        }
        cand[m++] = start;
        cand[m++] = end;
        cand[m++] = p;
      }
    }
    return select(cand, m / 3);
  }

  const sparseBytes = sparse.size * 40; // rough: Map entry overhead in V8
  return {
    patternCount: specs.length,
    stateCount: n,
    tableBytes: classOf.byteLength + delta.byteLength + fail.byteLength + outStart.byteLength + outList.byteLength + sparseBytes,
    scan,
  };
}

/** Leftmost-longest, non-overlapping; every pattern tied on a chosen span is kept. */
function select(cand: Int32Array, count: number): Match[] {
  const idx = new Uint32Array(count);
  for (let i = 0; i < count; i++) idx[i] = i;
  const sorted = Array.from(idx).sort((a, b) => {
    const ds = cand[a * 3] - cand[b * 3];
    if (ds) return ds;
    const de = cand[b * 3 + 1] - cand[a * 3 + 1];
    if (de) return de;
    return cand[a * 3 + 2] - cand[b * 3 + 2];
  });
  const out: Match[] = [];
  let lastEnd = 0;
  let lastStart = -1;
  let lastSpanEnd = -1;
  for (const i of sorted) {
    const start = cand[i * 3];
    const end = cand[i * 3 + 1];
    const p = cand[i * 3 + 2];
    if (start === lastStart && end === lastSpanEnd) {
      if (out[out.length - 1].aliasIndex !== p) out.push({ start, end, aliasIndex: p });
      continue;
    }
    if (start < lastEnd) continue;
    out.push({ start, end, aliasIndex: p });
    lastStart = start;
    lastSpanEnd = end;
    lastEnd = end;
  }
  return out;
}

