/**
 * One TreeWalker pass turns a DOM subtree into a single string plus an offset table back to its text
 * nodes. Whitespace runs collapse to one space (as rendered), so 'Vladimir\n    Putin' in indented HTML
 * reads as 'Vladimir Putin' to the engine; nodes whose text was changed by collapsing keep a map from
 * our offsets back to theirs. Adjacent blocks get a '\n' so words from two paragraphs never merge.
 */
import type { Deadline } from './idle-queue';

export interface TextTable {
  text: string;
  nodes: Text[];
  /** Offset in `text` of each node's first character. */
  starts: number[];
  /** Characters each node contributes to `text`. */
  lengths: number[];
  /** Per node: index in node.data of each character we kept, or null when kept 1:1 from data[0]. */
  maps: (Uint32Array | null)[];
}

/** Elements whose text is code, UI chrome, or not rendered. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'NAV',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'svg', 'math',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);

export type SkipTest = (el: Element) => boolean;

/** True for subtrees we never read: code, form fields, editable regions, hidden elements, our own UI. */
export function makeSkipTest(ownHostName?: string): SkipTest {
  const host = ownHostName?.toUpperCase();
  return (el) => {
    if (SKIP_TAGS.has(el.tagName) || el.tagName === host) return true;
    if (el.hasAttribute('hidden')) return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return true;
    // checkVisibility answers from already-computed style: display:none, closed <details>, content-visibility.
    const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
    if (check && !check.call(el)) {
      // No box is also what display:contents means, yet its children render.
      return getComputedStyle(el).display !== 'contents';
    }
    return false;
  };
}

/** Whether `node` lies inside a subtree the skip test rejects (checked for nodes added after load). */
export function insideSkipped(node: Node, skip: SkipTest): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (skip(el)) return true;
  }
  return node.getRootNode() !== document;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0;

export class TextExtractor {
  private readonly parts: string[] = [];
  private readonly table: Omit<TextTable, 'text'> = { nodes: [], starts: [], lengths: [], maps: [] };
  private length = 0;
  private lastWasSpace = true;
  private pendingBreak = false;
  private lastBlock: Node | null = null;
  private lastParent: Node | null = null;
  private walker: TreeWalker | null;
  private done = false;

  constructor(private readonly root: Node, private readonly skip: SkipTest) {
    if (root.nodeType === 3) {
      this.walker = null;
      return;
    }
    // The root's own document (the page, or a parsed one in the `lens` CLI); NodeFilter's constants as numbers
    // for the same reason: SHOW_ELEMENT | SHOW_TEXT, FILTER_REJECT, FILTER_ACCEPT.
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, 1 | 4, {
      acceptNode: (n) => (n.nodeType === 1 && skip(n as Element) ? 2 : 1),
    });
  }

  /** Reads nodes until the deadline; true when the subtree is finished. */
  step(deadline?: Deadline): boolean {
    if (this.done) return true;
    if (!this.walker) {
      this.addText(this.root as Text);
      return (this.done = true);
    }
    let count = 0;
    for (let n = this.walker.nextNode(); n; n = this.walker.nextNode()) {
      if (n.nodeType === 3) this.addText(n as Text);
      else if ((n as Element).tagName === 'BR') this.pendingBreak = true;
      if (deadline && (++count & 63) === 0 && deadline.expired()) return false;
    }
    return (this.done = true);
  }

  result(): TextTable {
    return { text: this.parts.join(''), ...this.table };
  }

  private blockOf(node: Text): Node | null {
    const parent = node.parentNode;
    if (parent === this.lastParent) return this.lastBlock;
    let block: Node | null = parent;
    while (block && block !== this.root && !(block.nodeType === 1 && BLOCK_TAGS.has((block as Element).tagName))) {
      block = block.parentNode;
    }
    this.lastParent = parent;
    return block;
  }

  private addText(node: Text) {
    const data = node.data;
    const block = this.blockOf(node);
    const breakBefore = block !== this.lastBlock || this.pendingBreak;
    this.lastBlock = block;
    const lastSpace = this.lastWasSpace || breakBefore;
    let out: string;
    let map: Uint32Array | null = null;
    if (!RUN.test(data) && !(lastSpace && SPACE.test(data[0] ?? ''))) {
      // Common case: nothing to collapse, so our offsets equal the node's.
      out = data.replace(SPACES, ' ');
    } else {
      ({ out, map } = collapse(data, lastSpace));
    }
    if (out.length === 0) {
      // Whitespace alone: the break it followed still separates what comes next.
      if (breakBefore) this.pendingBreak = true;
      return;
    }
    if (breakBefore && this.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    this.pendingBreak = false;
    this.table.nodes.push(node);
    this.table.starts.push(this.length);
    this.table.lengths.push(out.length);
    this.table.maps.push(map);
    this.parts.push(out);
    this.length += out.length;
    this.lastWasSpace = out.charCodeAt(out.length - 1) === 32;
  }
}

const SPACE = /[ \t\n\r\f\u00a0]/;
const SPACES = /[\t\n\r\f\u00a0]/g;
const RUN = /[ \t\n\r\f\u00a0]{2}/;

/** Collapses whitespace runs to one space, remembering where each kept character came from. */
export function collapse(data: string, lastSpace: boolean): { out: string; map: Uint32Array } {
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (isSpace(c)) {
      if (lastSpace) continue;
      lastSpace = true;
      chars.push(' ');
    } else {
      lastSpace = false;
      chars.push(data[i]);
    }
    map.push(i);
  }
  return { out: chars.join(''), map: Uint32Array.from(map) };
}

/** Whole subtree at once: for small subtrees and tests. */
export function extractText(root: Node, skip: SkipTest = makeSkipTest()): TextTable {
  const extractor = new TextExtractor(root, skip);
  extractor.step();
  return extractor.result();
}
