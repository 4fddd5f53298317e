/**
 * The Aho-Corasick tables behind `matcher.ts`, built once from folded patterns.
 *
 * Why a hybrid: Latin/Cyrillic/digit classes are few, so their transitions form a dense,
 * precomputed DFA (one typed-array read per character). Han characters are many and each
 * appears in few aliases, so they keep goto edges plus failure links, which keeps the table small.
 * Characters in no pattern are class 0, whose transition is always the root.
 * Most states are links in one alias's chain ('Vladimir Pu…'): they keep a single edge and
 * fall back on their failure link, and only shallow or branching states get a full dense row,
 * which keeps the table a fraction of states × classes.
 * States are renumbered so that those with an output form one range [outBase, outBase + outCount):
 * the scan loop needs one comparison, not a table read, to know there is nothing to report.
 */
import { foldTableOf, isCjkUnit } from './fold';

export interface Automaton {
  /** Dense classes are 1..D-1; sparse (CJK) classes are D..K-1; 0 is "in no pattern". */
  D: number;
  K: number;
  /** Original code unit → class of its fold. */
  classOf: Uint16Array;
  /** States below denseN have a full row: delta[s * D + cls] is the complete DFA transition. */
  denseN: number;
  delta: Uint16Array | Uint32Array;
  /** States from denseN on are links in a single alias chain: one dense edge each (0xffff: none). */
  chainCls: Uint16Array;
  chainTo: Uint32Array;
  fail: Int32Array;
  /** Goto edges on sparse classes, keyed s * K + cls. */
  sparse: Map<number, number>;
  /** Root's goto on sparse class cls, at rootSparse[cls - D] (0 = stay at root). */
  rootSparse: Uint32Array;
  /** First state on s's failure chain (s itself included) that has sparse edges, or the root. */
  sfail: Int32Array;
  /** States outBase .. outBase + outCount - 1 report patterns:
      outList[outStart[s - outBase] .. outStart[s - outBase + 1]), longest first. */
  outBase: number;
  outCount: number;
  outStart: Int32Array;
  outList: Int32Array;
  stateCount: number;
}

const MAX_DENSE = 255;
/** States this shallow keep a full row even on a single chain: the scan spends most steps here. */
const DENSE_DEPTH = 3;
const NO_EDGE = 0xffff;

export function buildAutomaton(folded: readonly string[]): Automaton {
  const fold = foldTableOf();
  const classOfFolded = new Map<number, number>();
  let D = 1;
  const sparseUnits: number[] = [];
  for (const p of folded) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (classOfFolded.has(c)) continue;
      if (!isCjkUnit(c) && D < MAX_DENSE) classOfFolded.set(c, D++);
      else {
        classOfFolded.set(c, -1);
        sparseUnits.push(c);
      }
    }
  }
  sparseUnits.forEach((c, i) => classOfFolded.set(c, D + i));
  const K = D + sparseUnits.length;
  const classOf = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) classOf[c] = classOfFolded.get(fold[c]) ?? 0;

  // Trie: one edge map for all states (keyed s * K + cls) and sibling lists, not a Map per state.
  const edge = new Map<number, number>();
  let firstChild: number[] = [-1];
  let nextSibling: number[] = [-1];
  let inClass: number[] = [0];
  let depth: number[] = [0];
  const own = new Map<number, number[]>(); // only states where a pattern ends
  folded.forEach((p, pi) => {
    if (p.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const cls = classOf[p.charCodeAt(i)];
      let t = edge.get(s * K + cls);
      if (t === undefined) {
        t = firstChild.length;
        edge.set(s * K + cls, t);
        firstChild.push(-1);
        nextSibling.push(firstChild[s]);
        firstChild[s] = t;
        inClass.push(cls);
        depth.push(i + 1);
      }
      s = t;
    }
    const mine = own.get(s);
    if (mine) mine.push(pi);
    else own.set(s, [pi]);
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
      else for (let c = 1; c < D; c++) rows[r * D + c] = trans(f, c);
    }
    for (let t = firstChild[s]; t >= 0; t = nextSibling[t]) {
      const cls = inClass[t];
      if (r >= 0 && cls < D) rows[r * D + cls] = t;
      fail[t] = s === 0 ? 0 : trans(f, cls);
      order[tail++] = t;
    }
  }
  firstChild = nextSibling = depth = [];

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
  const delta = n < 0xffff ? new Uint16Array(denseN * D) : new Uint32Array(denseN * D);
  const chainCls = new Uint16Array(n - denseN).fill(NO_EDGE);
  const chainTo = new Uint32Array(n - denseN);
  const fail2 = new Int32Array(n);
  const sparse = new Map<number, number>();
  for (let s = 0; s < n; s++) {
    const ns = id[s];
    fail2[ns] = id[fail[s]];
    if (ns < denseN) for (let c = 0; c < D; c++) delta[ns * D + c] = id[rows[rowOf[s] * D + c]];
  }
  for (const [key, t] of edge) {
    const from = id[Math.floor(key / K)];
    const cls = key % K;
    if (cls >= D) sparse.set(from * K + cls, id[t]);
    else if (from >= denseN) {
      chainCls[from - denseN] = cls;
      chainTo[from - denseN] = id[t];
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

  // Shortcuts for CJK steps: skip states with no sparse edges, and read the root's edges from an array.
  const hasSparse = new Uint8Array(n);
  const rootSparse = new Uint32Array(K - D);
  for (const [key, t] of sparse) {
    const from = Math.floor(key / K);
    hasSparse[from] = 1;
    if (from === 0) rootSparse[(key % K) - D] = t;
  }
  const sfail = new Int32Array(n);
  for (const old of order) {
    const s = id[old];
    sfail[s] = s === 0 || hasSparse[s] ? s : sfail[fail2[s]];
  }
  return { D, K, classOf, denseN, delta, chainCls, chainTo, fail: fail2, sparse, rootSparse, sfail, outBase, outCount, outStart, outList, stateCount: n };
}
