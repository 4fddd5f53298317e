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

  // Breadth-first: failure links, dense rows, sparse edges, outputs (own first, then the fail chain's).
  const fail = new Int32Array(n);
  const delta = new Uint32Array(n * D);
  const sparse = new Map<number, number>();
  const sparseStep = (s: number, cls: number): number => {
    for (;;) {
      const t = sparse.get(s * K + cls);
      if (t !== undefined) return t;
      if (s === 0) return 0;
      s = fail[s];
    }
  };
  const outs: number[][] = new Array(n);
  outs[0] = [];
  const depth = new Int32Array(n);
  const order: number[] = [0];
  for (let qi = 0; qi < order.length; qi++) {
    const s = order[qi];
    const f = fail[s];
    if (s !== 0) outs[s] = own[s].length ? own[s].concat(outs[f]) : outs[f];
    if (s !== 0) delta.copyWithin(s * D, f * D, f * D + D);
    for (const [cls, t] of children[s]) {
      if (cls < D) delta[s * D + cls] = t;
      else sparse.set(s * K + cls, t);
      // fail[s] is shallower, so its row and edges are complete: one lookup gives fail[t].
      if (s !== 0) fail[t] = cls < D ? delta[f * D + cls] : sparseStep(f, cls);
      depth[t] = depth[s] + 1;
      order.push(t);
    }
  }

  // Which states keep a full row: the root, shallow states, and branch points.
  const isDense = new Uint8Array(n);
  for (let s = 0; s < n; s++) {
    let denseKids = 0;
    for (const cls of children[s].keys()) if (cls < D) denseKids++;
    isDense[s] = s === 0 || depth[s] <= DENSE_DEPTH || denseKids > 1 ? 1 : 0;
  }
  // Renumber: dense without output, dense with output, chain with output, chain without output.
  const id = new Int32Array(n);
  let next = 0;
  const place = (dense: number, out: boolean) => {
    for (const s of order) if (isDense[s] === dense && outs[s].length > 0 === out) id[s] = next++;
  };
  place(1, false);
  const outBase = next;
  place(1, true);
  const denseN = next;
  place(0, true);
  const outCount = next - outBase;
  place(0, false);
  const delta2 = n < 0xffff ? new Uint16Array(denseN * D) : new Uint32Array(denseN * D);
  const chainCls = new Uint16Array(n - denseN).fill(NO_EDGE);
  const chainTo = new Uint32Array(n - denseN);
  const fail2 = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const ns = id[s];
    fail2[ns] = id[fail[s]];
    if (ns < denseN) {
      for (let c = 0; c < D; c++) delta2[ns * D + c] = id[delta[s * D + c]];
    } else {
      for (const [cls, t] of children[s]) {
        if (cls < D) {
          chainCls[ns - denseN] = cls;
          chainTo[ns - denseN] = id[t];
        }
      }
    }
  }
  const sparse2 = new Map<number, number>();
  for (const [key, t] of sparse) sparse2.set(id[Math.floor(key / K)] * K + (key % K), id[t]);
  const outStart = new Int32Array(outCount + 1);
  let total = 0;
  const byNew: number[][] = new Array(outCount);
  for (let s = 0; s < n; s++) if (id[s] >= outBase && id[s] < outBase + outCount) byNew[id[s] - outBase] = outs[s];
  for (const o of byNew) total += o.length;
  const outList = new Int32Array(total);
  for (let k = 0, j = 0; k < byNew.length; k++) {
    outStart[k] = j;
    for (const p of byNew[k]) outList[j++] = p;
  }
  outStart[outCount] = total;
  // Shortcuts for CJK steps: skip states with no sparse edges, and read the root's edges from an array.
  const hasSparse = new Uint8Array(n);
  const rootSparse = new Uint32Array(K - D);
  for (const [key, t] of sparse2) {
    const from = Math.floor(key / K);
    hasSparse[from] = 1;
    if (from === 0) rootSparse[(key % K) - D] = t;
  }
  const sfail = new Int32Array(n);
  for (const old of order) {
    const s = id[old];
    sfail[s] = s === 0 || hasSparse[s] ? s : sfail[fail2[s]];
  }
  return { D, K, classOf, denseN, delta: delta2, chainCls, chainTo, fail: fail2, sparse: sparse2, rootSparse, sfail, outBase, outCount, outStart, outList, stateCount: n };
}
