/**
 * Living pages: mutation records are collected and handled once per idle period. Many added nodes
 * (a page swap, a big infinite-scroll batch) mean one full rescan; otherwise only the top-most added
 * subtrees are read, and a changed text node re-reads its block.
 */
import { insideSkipped, type SkipTest } from './extract-text';
import { whenIdle } from './idle-queue';

/** Above this many added nodes in one batch, one full rescan is cheaper than many small ones. */
export const FULL_RESCAN_AT = 1000;

export interface MutationBatch {
  full: boolean;
  /** Subtrees to (re)read, none inside another. */
  roots: Node[];
  /** Something was removed: marks on removed text must go. */
  removed: boolean;
}

const BLOCKISH = /^(P|DIV|LI|H[1-6]|TD|TH|DD|DT|BLOCKQUOTE|SECTION|ARTICLE|MAIN|ASIDE|HEADER|FOOTER|FIGCAPTION|BODY|PRE)$/;

/** The nearest block-level ancestor: re-reading it keeps a name split over inline elements whole. */
export function blockAround(node: Node): Node {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && !BLOCKISH.test(el.tagName)) el = el.parentElement;
  return el ?? node;
}

/** Reduces mutation records to what must be read again. Pure apart from reading the DOM. */
export function summarizeMutations(records: readonly MutationRecord[], isOurs: (n: Node) => boolean, skip: SkipTest): MutationBatch {
  const touched = new Set<Node>();
  let added = 0;
  let removed = false;
  for (const rec of records) {
    if (isOurs(rec.target)) continue;
    if (rec.type === 'childList') {
      if (rec.removedNodes.length > 0) removed = true;
      for (const n of rec.addedNodes) {
        if (isOurs(n)) continue;
        added++;
        touched.add(n.nodeType === 1 ? n : blockAround(n));
      }
    } else if (rec.type === 'characterData') {
      touched.add(blockAround(rec.target));
    } else if (rec.type === 'attributes') {
      // An element shown by dropping `hidden` or opening a <details>: its text is new to us.
      touched.add(rec.target);
    }
    if (added > FULL_RESCAN_AT) return { full: true, roots: [], removed };
  }
  const roots: Node[] = [];
  for (const n of touched) {
    if (!n.isConnected || (n.nodeType !== 1 && n.nodeType !== 3)) continue;
    let covered = false;
    for (let p = n.parentNode; p; p = p.parentNode) {
      if (touched.has(p)) {
        covered = true;
        break;
      }
    }
    if (!covered && !insideSkipped(n, skip)) roots.push(n);
  }
  return { full: false, roots, removed };
}

export class MutationBatcher {
  private records: MutationRecord[] = [];
  private scheduled = false;
  private overflow = false;
  private observer: MutationObserver;

  constructor(
    private readonly isOurs: (n: Node) => boolean,
    private readonly skip: SkipTest,
    private readonly onBatch: (batch: MutationBatch) => void,
  ) {
    this.observer = new MutationObserver((recs) => this.take(recs));
  }

  start(root: Node = document.documentElement) {
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'open'],
    });
  }

  stop() {
    this.observer.disconnect();
    this.records = [];
    this.overflow = false;
  }

  private take(recs: MutationRecord[]) {
    // A bounded list: past it the batch is a full rescan anyway, so the records themselves don't matter.
    if (this.records.length + recs.length > FULL_RESCAN_AT * 2) this.overflow = true;
    else this.records.push(...recs);
    if (this.scheduled) return;
    this.scheduled = true;
    void whenIdle(250).then(() => {
      this.scheduled = false;
      const records = this.records;
      const overflow = this.overflow;
      this.records = [];
      this.overflow = false;
      const batch: MutationBatch = overflow
        ? { full: true, roots: [], removed: true }
        : summarizeMutations(records, this.isOurs, this.skip);
      if (batch.full || batch.roots.length > 0 || batch.removed) this.onBatch(batch);
    });
  }
}
