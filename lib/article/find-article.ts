/**
 * Where a page's article is: a cheap scorer in the spirit of Firefox's Reader View (Readability), run on
 * the live DOM without cloning it. Paragraphs vote for their parent and grandparent by their text
 * (long, with commas, few links); candidates are weighed by semantic hints (<article>, <main>,
 * itemprop=articleBody) and class/id words (lib/article/hints.json). The article is then widened up to
 * its headline, and chrome inside it (asides, rails, share bars, captions, bylines, link lists) is cut
 * out. A page with no article (a home page, a section front) is split into story blocks: the largest
 * element around each headline that holds no other headline.
 *
 * Works on any standard DOM (the page, or jsdom in the `lens` CLI); all work is capped so a 10 MB page
 * costs about what a small one does (see bench/article.bench.ts).
 */
import hints from './hints.json';

export interface ArticlePart {
  /** First element of the article in document order: its headline when one is found, else `root`. */
  start: Element;
  /** The element holding the body text. */
  root: Element;
  /** Elements inside [start, end of root] that are chrome: their text is not the article's. */
  excluded: Element[];
}

export interface PageLayout {
  articles: ArticlePart[];
  /** Story blocks, when there is no article. */
  blocks: Element[];
}

/** Caps that bound the work on any page. */
export const LIMITS = {
  paragraphs: 1500,
  /** Weighted paragraph text after which the votes stop: enough to tell where the article is. */
  text: 150_000,
  /** Characters of a paragraph looked at for commas and CJK. */
  sample: 400,
  headings: 600,
  walk: 6000,
  candidates: 12,
};

/** An article holds at least this much paragraph text (CJK characters count 3: they carry a word each). */
const MIN_ARTICLE = 450;
/** Paragraphs shorter than this are bylines, labels or buttons. */
const MIN_PARAGRAPH = 40;

const CHROME_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'FORM', 'BUTTON', 'DIALOG', 'MENU']);
const CHROME_ROLES = new Set(['complementary', 'navigation', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'search']);
/** Containers a walk descends into; inline text elements are never chrome on their own. */
const INLINE = new Set(['A', 'SPAN', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'SUB', 'SUP', 'TIME', 'ABBR', 'CITE', 'Q', 'MARK', 'BR', 'IMG', 'P']);

const positive = new Set(hints.positive.filter((w) => !w.endsWith('*')));
const negative = new Set(hints.negative.filter((w) => !w.endsWith('*')));
const negativePrefixes = hints.negative.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
const railTitles = hints.railTitles.map((t) => t.toLowerCase());

/** Class, id and itemprop split into lowercase words ('article-body' → article, body, article-body). */
function hintWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''}`.toLowerCase();
  if (raw.trim() === '') return [];
  const words: string[] = [];
  for (const token of raw.split(/\s+/)) {
    if (!token) continue;
    words.push(token);
    const parts = token.split(/[^a-z0-9а-яё]+/);
    if (parts.length > 1) words.push(...parts.filter(Boolean));
  }
  return words;
}

/** +1 per positive word, -1 per negative word. */
function hintBalance(el: Element): { pos: number; neg: number } {
  let pos = 0;
  let neg = 0;
  for (const w of hintWords(el)) {
    if (positive.has(w)) pos++;
    if (negative.has(w) || negativePrefixes.some((p) => w.startsWith(p))) neg++;
  }
  return { pos, neg };
}

/**
 * Text length with CJK characters weighted as words, and its clause marks (commas, 、 ; ；), both
 * estimated from the first `LIMITS.sample` characters: a loop, not regexes, on the hot path.
 */
function measure(text: string): { weight: number; commas: number } {
  const n = Math.min(text.length, LIMITS.sample);
  let cjk = 0;
  let commas = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
    else if (c === 44 || c === 0xff0c || c === 0x3001 || c === 59 || c === 0xff1b) commas++;
  }
  const scale = n > 0 ? text.length / n : 0;
  return { weight: text.length + 2 * cjk * scale, commas: Math.round(commas * scale) };
}

function linkText(el: Element): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += (links[i].textContent ?? '').length;
  return n;
}

function rolled(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A rail's title: 'Most read', '相关新闻', 'Читайте также' (the heading, or what it starts with). */
function isRailTitle(text: string): boolean {
  const t = rolled(text).replace(/[:：»›>]+$/, '').trim();
  if (t.length === 0 || t.length > 40) return false;
  return railTitles.some((r) => t === r || (t.startsWith(r) && !/[\p{L}]/u.test(t.charAt(r.length))));
}

/** The first heading-like child of a block (h2–h6, or a short first element). */
function titleOf(el: Element): string | null {
  const first = el.firstElementChild;
  if (!first) return null;
  if (/^H[1-6]$/.test(first.tagName) || first.getAttribute('role') === 'heading') return first.textContent ?? '';
  const text = first.textContent ?? '';
  return text.length <= 40 && first.children.length <= 2 ? text : null;
}

/** Whether an element is page chrome rather than story text. */
export function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const { pos, neg } = hintBalance(el);
  if (neg > 0 && neg >= pos) return true;
  if (el.tagName === 'UL' || el.tagName === 'OL' || el.tagName === 'SECTION' || el.tagName === 'DIV') {
    const title = titleOf(el);
    if (title !== null && isRailTitle(title)) return true;
  }
  if (el.tagName === 'UL' || el.tagName === 'OL') {
    // A list of links ('more on this', a tag cloud) inside an article.
    const text = (el.textContent ?? '').length;
    if (text > 0 && linkText(el) / text > 0.6) return true;
  }
  return false;
}

/**
 * Whether an element sits in chrome: itself or its parent by any sign, higher ancestors only by tag
 * or role (a page wrapper called 'layout-with-sidebar' holds the article too).
 */
function insideChrome(el: Element, stop: Element | null): boolean {
  let level = 0;
  for (let a: Element | null = el; a && a !== stop; a = a.parentElement, level++) {
    if (a.tagName === 'BODY' || a.tagName === 'HTML') return false;
    if (level <= 1 ? isChrome(a) : CHROME_TAGS.has(a.tagName) || CHROME_ROLES.has(a.getAttribute('role') ?? '')) return true;
  }
  return false;
}

/**
 * Headlines of the page (capped, document order) and, per ancestor, how many it holds: the questions
 * 'one headline or many?' are answered from this instead of querying big subtrees.
 */
interface HeadingIndex {
  /** h1s, then h2s… (each list in document order). */
  heads: Element[];
  /** h1–h4 under an element. */
  all: Map<Element, number>;
  /** h1/h2 and <article> elements under an element. */
  major: Map<Element, number>;
  /** Headlines that are links (a teaser's title). */
  linked: Map<Element, number>;
  h1s: Element[];
}

function firstOf(coll: HTMLCollectionOf<Element>, cap: number): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < cap; i++) {
    const el = coll[i];
    if (!el) break;
    out.push(el);
  }
  return out;
}

export function indexHeadings(body: Element): HeadingIndex {
  const cap = LIMITS.headings;
  const byTag = ['h1', 'h2', 'h3', 'h4'].map((t) => firstOf(body.getElementsByTagName(t), cap));
  // Not sorted into document order: on a huge page that costs more than everything else here.
  const heads = byTag.flat();
  const articles = firstOf(body.getElementsByTagName('article'), cap);
  const all = new Map<Element, number>();
  const major = new Map<Element, number>();
  const linked = new Map<Element, number>();
  const bump = (m: Map<Element, number>, from: Element) => {
    for (let a = from.parentElement; a && a !== body; a = a.parentElement) m.set(a, (m.get(a) ?? 0) + 1);
  };
  for (const h of heads) {
    bump(all, h);
    if (h.tagName === 'H1' || h.tagName === 'H2') bump(major, h);
    if (h.getElementsByTagName('a')[0] || h.closest('a')) bump(linked, h);
  }
  for (const a of articles) bump(major, a);
  return { heads, all, major, linked, h1s: byTag[0]! };
}

interface Candidate {
  el: Element;
  score: number;
  /** Weighted paragraph text under it. */
  text: number;
}

/** Paragraphs read between two turns for the page (layoutSteps). */
const PARAGRAPHS_PER_STEP = 200;

/** Paragraph votes into `out`, a step every PARAGRAPHS_PER_STEP paragraphs. */
function* paragraphVotes(body: Element, out: Map<Element, Candidate>): Generator<void, void> {
  // A live collection read by index only: asking its length would walk a 10 MB page to the end.
  const paragraphs = body.getElementsByTagName('p');
  let seen = 0;
  for (let i = 0; i < LIMITS.paragraphs && seen < LIMITS.text; i++) {
    if (i > 0 && i % PARAGRAPHS_PER_STEP === 0) yield;
    const p = paragraphs[i];
    if (!p) break;
    const text = p.textContent ?? '';
    const { weight: w, commas } = measure(text);
    if (w < MIN_PARAGRAPH) continue;
    seen += w;
    const links = linkText(p) / Math.max(1, text.length);
    if (links > 0.5) continue;
    const score = (1 + Math.min(commas, 5) + Math.min(w / 100, 4)) * (1 - links);
    let level = 0;
    for (let a = p.parentElement; a && level < 2; a = a.parentElement, level++) {
      if (a.tagName === 'BODY' || a.tagName === 'HTML') break;
      const c = out.get(a) ?? { el: a, score: 0, text: 0 };
      c.score += level === 0 ? score : score / 2;
      c.text += w;
      out.set(a, c);
    }
  }
}

/** Paragraph votes. */
export function scoreParagraphs(body: Element): Map<Element, Candidate> {
  const out = new Map<Element, Candidate>();
  const steps = paragraphVotes(body, out);
  while (!steps.next().done);
  return out;
}

/** Semantic and class/id hints as a factor on a candidate's votes. */
function hintFactor(el: Element): number {
  let f = 1;
  if (el.getAttribute('itemprop') === 'articleBody') f *= 2;
  if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN' || el.getAttribute('role') === 'main') f *= 1.3;
  const { pos, neg } = hintBalance(el);
  f *= 1 + 0.25 * Math.min(pos, 2);
  f *= 1 / (1 + 0.6 * neg);
  return f;
}

/**
 * A list of stories (a section front's grid, a 'more stories' column): several linked headlines, each
 * with little text of its own. An article has one headline over much text.
 */
function isTeaserList(c: Candidate, index: HeadingIndex): boolean {
  const linked = index.linked.get(c.el) ?? 0;
  return linked >= 3 && c.text / linked < 400;
}

function disjoint(a: Element, b: Element) {
  return !a.contains(b) && !b.contains(a);
}

const precedes = (a: Node, b: Node) => (a.compareDocumentPosition(b) & 4) !== 0; // b follows a

/** The article's headline: the h1 inside it, or the h1 just before it within a few ancestors. */
function headlineOf(root: Element, others: Element[], index: HeadingIndex): Element {
  if (index.h1s.some((h) => root.contains(h))) return root;
  let a: Element | null = root.parentElement;
  for (let level = 0; a && level < 4 && a.tagName !== 'BODY'; level++, a = a.parentElement) {
    if (others.some((o) => o !== root && a!.contains(o))) break;
    for (let i = index.h1s.length - 1; i >= 0; i--) {
      const h = index.h1s[i]!;
      if (a.contains(h) && precedes(h, root) && !insideChrome(h, a)) return h;
    }
  }
  return root;
}

/** Chrome elements between `start` and the end of `root` (walk capped; inline text never descended). */
function chromeWithin(start: Element, root: Element): Element[] {
  const out: Element[] = [];
  const scope = start === root ? root : commonAncestor(start, root);
  const walker = root.ownerDocument.createTreeWalker(scope, 1 /* SHOW_ELEMENT */);
  walker.currentNode = start;
  let el: Element | null = start === root ? (walker.nextNode() as Element | null) : start;
  for (let visited = 0; el && visited < LIMITS.walk; visited++) {
    if (!root.contains(el) && precedes(root, el)) break; // past the article
    if (el.contains(root)) {
      el = walker.nextNode() as Element | null;
      continue;
    }
    if (isChrome(el)) {
      out.push(el);
      el = skipSubtree(walker, el);
    } else if (INLINE.has(el.tagName)) el = skipSubtree(walker, el);
    else {
      walker.currentNode = el;
      el = walker.nextNode() as Element | null;
    }
  }
  return out;
}

function skipSubtree(walker: TreeWalker, el: Element): Element | null {
  walker.currentNode = el;
  const sibling = walker.nextSibling();
  if (sibling) return sibling as Element;
  for (let p = walker.parentNode(); p; p = walker.parentNode()) {
    const next = walker.nextSibling();
    if (next) return next as Element;
  }
  return null;
}

function commonAncestor(a: Element, b: Element): Element {
  for (let x: Element | null = a; x; x = x.parentElement) if (x.contains(b)) return x;
  return a.ownerDocument.documentElement;
}

/**
 * Finds the article(s) of a page, or its story blocks when it has none, in steps: the content
 * script gives the page a turn between them on long pages (each step is capped, but their sum on
 * a 10 MB page came near a long task on a busy machine), the CLI runs them straight through.
 */
export function* layoutSteps(doc: Document): Generator<void, PageLayout> {
  const body = doc.body;
  if (!body) return { articles: [], blocks: [] };
  const index = indexHeadings(body);
  yield;
  const votes = new Map<Element, Candidate>();
  yield* paragraphVotes(body, votes);
  const scored = [...votes.values()];
  yield;
  for (const c of scored) c.score *= hintFactor(c.el);
  scored.sort((a, b) => b.score - a.score);
  const top = scored
    .slice(0, LIMITS.candidates)
    .filter((c) => c.text >= MIN_ARTICLE && !insideChrome(c.el, null) && !isTeaserList(c, index));
  const roots = pickArticles(top, index);
  if (roots.length === 0) return { articles: [], blocks: findBlocks(body, index) };
  const articles: ArticlePart[] = [];
  for (const root of roots) {
    yield;
    const start = headlineOf(root, roots, index);
    articles.push({ start, root, excluded: chromeWithin(start, root) });
  }
  return { articles, blocks: [] };
}

/** All steps at once. */
export function findLayout(doc: Document): PageLayout {
  const steps = layoutSteps(doc);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The best candidate, unless it is a wrapper around several articles (an infinite-scroll page, a live
 * blog of long posts): then those articles, each on its own.
 */
function pickArticles(top: Candidate[], index: HeadingIndex): Element[] {
  const best = top[0];
  if (!best) return [];
  const inner: Candidate[] = [];
  for (const c of top) {
    if (c === best || !best.el.contains(c.el) || c.score < 0.25 * best.score) continue;
    if (inner.every((o) => disjoint(o.el, c.el))) inner.push(c);
  }
  const hasMajor = (el: Element | null) => el !== null && (index.major.get(el) ?? 0) > 0;
  const headed = (c: Candidate) => c.el.tagName === 'ARTICLE' || hasMajor(c.el) || hasMajor(c.el.parentElement);
  if (inner.length >= 2 && inner.every(headed) && (index.major.get(best.el) ?? 0) >= 2) {
    return inner.map((c) => c.el).sort((a, b) => (precedes(a, b) ? -1 : 1));
  }
  const picked = [best.el];
  // A second article elsewhere (a page that appends the next story below, outside the first's wrapper).
  for (const c of top) {
    if (c === best || c.score < 0.4 * best.score) continue;
    if (picked.every((p) => disjoint(p, c.el)) && (hasMajor(c.el) || hasMajor(c.el.parentElement))) picked.push(c.el);
  }
  return picked.sort((a, b) => (precedes(a, b) ? -1 : 1));
}

/** Story blocks of a page without an article: around each headline, the largest element holding no other. */
function findBlocks(body: Element, index: HeadingIndex): Element[] {
  const count = index.all;
  // A block holds exactly one headline, so two headlines' blocks are the same element or disjoint.
  const blocks = new Set<Element>();
  for (const h of index.heads) {
    // A rail's own title ('Most read') heads a list of other stories, not a story.
    if (h.closest('nav, footer') || isRailTitle(h.textContent ?? '')) continue;
    let block: Element = h;
    for (let a = h.parentElement; a && a !== body && count.get(a) === 1; a = a.parentElement) block = a;
    blocks.add(block);
  }
  return [...blocks];
}
