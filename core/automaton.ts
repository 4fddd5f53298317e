/**
 * The Aho-Corasick tables behind `matcher.ts`, built once from folded patterns.
 *
 * Word starts are part of the alphabet: a letter that begins a word (nothing word-like before it,
 * and no "x'" before it) has its own class, and a Latin/Cyrillic pattern must begin with such a
 * class. So inside a word the automaton falls back to the root instead of following every
 * mid-word suffix ('inistry' of 'ministry'), and at the root most characters need no table read
 * of a state just loaded: the scan spends much of a page there. A fold class whose characters
 * differ in those flags (the apostrophes ' ’ ʼ ‘ ` ´) is split by flags, and a pattern becomes every
 * class sequence its characters allow, so the result is exactly the same as checking starts afterwards.
 *
 * Why a hybrid: Latin/Cyrillic/digit classes are few, so their transitions form a dense,
 * precomputed DFA (one typed-array read per character). Han characters are many and each
 * appears in few aliases, so they keep goto edges plus failure links, which keeps the table small.
 * Most states are links in one alias's chain ('Vladimir Pu…'): they keep a single edge and
 * fall back on their failure link; only shallow or branching states get a full dense row.
 * The scan carries a state *code*: a dense state's row offset (id × D), so a step is one add and
 * one read; chain states follow at chainBase. States with an output form one code range.
 */
import { APOSTROPHE, WORD, charFlags, foldPreimage, isCjkUnit } from './fold';

export interface Automaton {
  /** Code unit → (class << 2) | 1 if a word character | 2 if an apostrophe. A word character
      that starts a word reads class + 1. Classes 0/1: in no pattern (always back to the root). */
  info: Uint16Array | Uint32Array;
  /** Dense classes are 0..D-1; sparse (CJK) classes are D..K-1. */
  D: number;
  K: number;
  /** Root's transition on every class (codes; 0 = stay at root). */
  rootRow: Uint32Array;
  /** Dense state codes are below chainBase: delta[code + cls] is the complete DFA transition;
      a row has D + 1 numbers, the last being the state's output index (see outStart). */
  chainBase: number;
  delta: Uint32Array;
  /** Chain state code c, j = c - chainBase: one dense edge on class chain[j] to chain[j + 1], else
      chain[j + 2], its failure link (codes), and chain[j + 3] its output index: four numbers side by side. */
  chain: Uint32Array;
  /** State ids (not codes) for the CJK path: id = code / (D + 1) below chainBase, (code - chainBase) / 4 + denseN above. */
  denseN: number;
  fail: Int32Array;
  /** Goto edges on sparse classes, keyed id * K + cls, to codes. */
  sparse: Map<number, number>;
  /** First state on id's failure chain (itself included) that has sparse edges, or the root. */
  sfail: Int32Array;
  /** Codes in [outLo, outHi) report patterns: outList[outStart[k] .. outStart[k + 1]), k the output index. */
  outLo: number;
  outHi: number;
  outBase: number;
  outStart: Int32Array;
  outList: Int32Array;
  stateCount: number;
}

const MAX_DENSE = 255;
/** States this shallow keep a full row even on a single chain: the scan spends most steps here. */
const DENSE_DEPTH = 3;
const NO_EDGE = 0xffff;
const W = 1; // info bits
const A = 2;

let kindTable: Uint16Array | null = null;

/** Every code unit's kind bits (word, apostrophe) at class 0: the start of every `info` table. */
function kindTemplate(kindOf: (c: number) => number): Uint16Array {
  if (!kindTable) {
    kindTable = new Uint16Array(0x10000);
    for (let c = 0; c < 0x10000; c++) kindTable[c] = kindOf(c);
  }
  return kindTable;
}

export function buildAutomaton(folded: readonly string[]): Automaton {
  const flags = charFlags();
  const kindOf = (c: number) => (flags[c] & WORD ? W : 0) | (flags[c] & APOSTROPHE ? A : 0);
  const { start: preStart, units: preUnits } = foldPreimage();

  // Which flag kinds each folded pattern character stands for in text: only the units that fold
  // to a pattern character are visited (a build costs its patterns, not the whole code space).
  const used = new Uint8Array(0x10000);
  const usedList: number[] = [];
  for (const p of folded) {
    for (let i = 0; i < p.length; i++) {
      const f = p.charCodeAt(i);
      if (!used[f]) usedList.push(f);
      used[f] = 1;
    }
  }
  const kinds = new Uint8Array(0x10000); // bit k set: some unit of kind k folds here
  for (const f of usedList) for (let j = preStart[f]; j < preStart[f + 1]; j++) kinds[f] |= 1 << kindOf(preUnits[j]);

  // Classes: (folded unit, kind); word kinds take two ids (mid-word, word start).
  const midOf = new Int32Array(0x10000).fill(-1); // folded units of one kind
  const midOfMixed = new Map<number, number>(); // unit * 4 + kind, for units of several kinds
  let D = 2;
  const sparseKeys: number[] = [];
  const seen = new Uint8Array(0x10000);
  const assign = (f: number, k: number, cls: number) => {
    if ((kinds[f] & (kinds[f] - 1)) === 0) midOf[f] = cls;
    else midOfMixed.set(f * 4 + k, cls);
  };
  for (const p of folded) {
    for (let i = 0; i < p.length; i++) {
      const f = p.charCodeAt(i);
      if (seen[f]) continue;
      seen[f] = 1;
      for (let k = 0; k < 4; k++) {
        if (!(kinds[f] & (1 << k))) continue;
        const width = k & W ? 2 : 1;
        if (!isCjkUnit(f) && D + width <= MAX_DENSE) {
          assign(f, k, D);
          D += width;
        } else sparseKeys.push(f * 4 + k);
      }
    }
  }
  let K = D;
  for (const key of sparseKeys) {
    assign(key >> 2, key & 3, K);
    K += key & W ? 2 : 1;
  }
  const classOfKind = (f: number, k: number) => ((kinds[f] & (kinds[f] - 1)) === 0 ? midOf[f] : midOfMixed.get(f * 4 + k)!);
  // Units in no pattern read class 0 with their kind bits (a shared template); then the units
  // of the patterns' characters get their classes.
  const template = kindTemplate(kindOf);
  const info = K < 0x4000 ? template.slice() : Uint32Array.from(template);
  for (const f of usedList) {
    for (let j = preStart[f]; j < preStart[f + 1]; j++) {
      const c = preUnits[j];
      const k = kindOf(c);
      info[c] = (classOfKind(f, k) << 2) | k;
    }
  }

  // Trie: one edge map for all states (keyed s * K + cls) and sibling lists, not a Map per state.
  const edge = new Map<number, number>();
  let firstChild: number[] = [-1];
  let nextSibling: number[] = [-1];
  let inClass: number[] = [0];
  let depth: number[] = [0];
  const own = new Map<number, number[]>(); // only states where a pattern ends
  const child = (s: number, cls: number): number => {
    let t = edge.get(s * K + cls);
    if (t === undefined) {
      t = firstChild.length;
      edge.set(s * K + cls, t);
      firstChild.push(-1);
      nextSibling.push(firstChild[s]);
      firstChild[s] = t;
      inClass.push(cls);
      depth.push(depth[s] + 1);
    }
    return t;
  };

  // Every class sequence a pattern can meet in text, with its word starts marked, goes in the
  // trie; most patterns have exactly one, and only apostrophes make more.
  const kindAt: number[] = [];
  const insert = (p: string, pi: number, i: number, s: number): void => {
    if (i === p.length) {
      const mine = own.get(s);
      if (!mine) own.set(s, [pi]);
      else if (!mine.includes(pi)) mine.push(pi);
      return;
    }
    const f = p.charCodeAt(i);
    for (let k = 0; k < 4; k++) {
      if (!(kinds[f] & (1 << k))) continue;
      const mid = classOfKind(f, k);
      let starts: number; // bit 0: the mid-word class, bit 1: the word-start class
      if (!(k & W)) starts = 1;
      else if (i === 0) starts = flags[f] & WORD ? 2 : 3; // a word pattern starts a word
      else {
        const k1 = kindAt[i - 1];
        if (k1 & W) starts = 1;
        else if (!(k1 & A)) starts = 2;
        else if (i >= 2) starts = kindAt[i - 2] & W ? 1 : 2;
        else starts = 3; // depends on the text before the pattern
      }
      kindAt[i] = k;
      if (starts & 1) insert(p, pi, i + 1, child(s, mid));
      if (starts & 2) insert(p, pi, i + 1, child(s, mid + 1));
    }
  };
  folded.forEach((p, pi) => {
    if (p.length) insert(p, pi, 0, 0);
  });
  const n = firstChild.length;

  // Which states keep a full row: the root, shallow states, and branch points.
  const rowOf = new Int32Array(n).fill(-1);
  let denseTotal = 0;
  for (let s = 0; s < n; s++) {
    let denseKids = 0;
    for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) if (inClass[t] < D) denseKids++;
    if (s === 0 || depth[s] <= DENSE_DEPTH || denseKids > 1) rowOf[s] = denseTotal++;
  }
  const rows = new Uint32Array(denseTotal * D);
  const fail = new Int32Array(n);
  /** Complete transition from an already processed (shallower) state. */
  const trans = (s: number, cls: number): number => {
    for (;;) {
      if (cls < D && rowOf[s] >= 0) return rows[rowOf[s] * D + cls];
      const t = edge.get(s * K + cls);
      if (t !== undefined) return t;
      if (s === 0) return 0;
      s = fail[s];
    }
  };

  // Breadth-first: failure links, full rows, outputs (own first, then the fail chain's).
  const outs: (number[] | null)[] = new Array(n).fill(null);
  const order = new Int32Array(n);
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = order[head];
    const f = fail[s];
    const mine = own.get(s);
    if (s !== 0) outs[s] = mine ? mine.concat(outs[f] ?? []) : outs[f];
    const r = rowOf[s];
    if (r >= 0 && s !== 0) {
      if (rowOf[f] >= 0) rows.copyWithin(r * D, rowOf[f] * D, rowOf[f] * D + D);
      else for (let c = 2; c < D; c++) rows[r * D + c] = trans(f, c);
    }
    for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) {
      const cls = inClass[t];
      if (r >= 0 && cls < D) rows[r * D + cls] = t;
      fail[t] = s === 0 ? 0 : trans(f, cls);
      order[tail++] = t;
    }
  }
  firstChild = nextSibling = depth = inClass = [];

  // Renumber: dense without output, dense with output, chain with output, chain without output.
  const id = new Int32Array(n);
  let next = 0;
  const place = (dense: boolean, out: boolean) => {
    for (const s of order) if (rowOf[s] >= 0 === dense && (outs[s]?.length ?? 0) > 0 === out) id[s] = next++;
  };
  place(true, false);
  const outBase = next;
  place(true, true);
  const denseN = next;
  place(false, true);
  const outCount = next - outBase;
  place(false, false);
  const R = D + 1;
  const chainBase = denseN * R;
  const codeOf = (ns: number) => (ns < denseN ? ns * R : chainBase + 4 * (ns - denseN));
  const delta = new Uint32Array(chainBase);
  const chain = new Uint32Array(4 * (n - denseN));
  for (let j = 0; j < chain.length; j += 4) chain[j] = NO_EDGE;
  const fail2 = new Int32Array(n);
  const sparse = new Map<number, number>();
  for (let s = 0; s < n; s++) {
    const ns = id[s];
    fail2[ns] = id[fail[s]];
    if (ns < denseN) {
      for (let c = 0; c < D; c++) delta[ns * R + c] = codeOf(id[rows[rowOf[s] * D + c]]);
      delta[ns * R + D] = ns - outBase;
    } else {
      chain[4 * (ns - denseN) + 2] = codeOf(id[fail[s]]);
      chain[4 * (ns - denseN) + 3] = ns - outBase;
    }
  }
  const rootRow = new Uint32Array(K);
  rootRow.set(delta.subarray(0, D));
  for (const [key, t] of edge) {
    const from = id[Math.floor(key / K)];
    const cls = key % K;
    if (cls >= D) {
      sparse.set(from * K + cls, codeOf(id[t]));
      if (from === 0) rootRow[cls] = codeOf(id[t]);
    } else if (from >= denseN) {
      chain[4 * (from - denseN)] = cls;
      chain[4 * (from - denseN) + 1] = codeOf(id[t]);
    }
  }
  const outStart = new Int32Array(outCount + 1);
  const byNew: number[][] = new Array(outCount);
  for (let s = 0; s < n; s++) if (id[s] >= outBase && id[s] < outBase + outCount) byNew[id[s] - outBase] = outs[s]!;
  const outList = new Int32Array(byNew.reduce((k, o) => k + o.length, 0));
  for (let k = 0, j = 0; k < byNew.length; k++) {
    outStart[k] = j;
    for (const p of byNew[k]) outList[j++] = p;
  }
  outStart[outCount] = outList.length;

  // Shortcut for CJK steps: skip states with no sparse edges.
  const hasSparse = new Uint8Array(n);
  for (const key of sparse.keys()) hasSparse[Math.floor(key / K)] = 1;
  const sfail = new Int32Array(n);
  for (const old of order) {
    const s = id[old];
    sfail[s] = s === 0 || hasSparse[s] ? s : sfail[fail2[s]];
  }
  return {
    info, D, K, rootRow, chainBase, delta, chain, denseN, fail: fail2, sparse, sfail,
    outLo: outBase * R, outHi: chainBase + 4 * (outBase + outCount - denseN), outBase, outStart, outList, stateCount: n,
  };
}
