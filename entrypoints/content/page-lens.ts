/**
 * The page model: reads the page's text (all of it, then what changes), has the background analyse
 * it, and keeps the page's marks and highlights in step with the answer and the reader's settings.
 * Work is serialised (one scan at a time) and sliced; turning the lens off cancels in-flight work.
 */
import type { TextFeatures, TextRegion } from '../../core/types';
import { featuresIn } from '../../core/regions';
import { layoutSteps } from '../../lib/article/find-article';
import { layoutRegions } from '../../lib/article/layout-regions';
import type { RequestOf, ResponseOf, MessageType } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { analyzeText, CHUNK_CHARS, featureCount, shiftFeatures, splitFeatures } from './analyze-text';
import { makeSkipTest, TextExtractor, type SkipTest, type TextTable } from './extract-text';
import { highlightsSupported } from './highlights';
import { runSliced, yieldToPage } from './idle-queue';
import { MarkStore } from './mark-store';
import { markSpecs, resolvedReferences, type Summary } from './mark-specs';
import type { Mark } from './mark-types';
import type { MutationBatch } from './observe-mutations';
import { surfaceIsDark, ThemeWatch } from './theme-watch';
import { PageText, type Segment } from './page-text';

export type Send = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;

/** Timings (ms since the content script started), read by tests/e2e/measure-content.ts via CDP. */
export interface LensStats {
  start: number;
  /** When the browser began running the content script (page clock), before its modules were evaluated. */
  scriptStart?: number;
  settingsMs?: number;
  extractedMs?: number;
  analyzedMs?: number;
  summarizedMs?: number;
  /** First highlights (on long pages: those of the first chunk). */
  firstMarksMs?: number;
  /** The first scan of the whole page finished. */
  completeMs?: number;
  marks: number;
  textLength: number;
  lastMergeMs?: number;
  lastSendMs?: number;
  lastSpecsMs?: number;
  lastJoinMs?: number;
  /** Finding the article (or the story blocks) and mapping it to text offsets, longest so far (all its steps). */
  layoutMs?: number;
  /** The longest single step of it (one task). */
  layoutStepMs?: number;
  /** The first TreeWalker pass over the page: its own work, summed over its slices (the baseline the layout step is compared with). */
  walkMs?: number;
  scans: number;
}

/** Connected roots that are not inside another of the roots. */
function topmost(roots: Node[]): Node[] {
  const unique = [...new Set(roots)].filter((r) => r.isConnected);
  return unique.filter((r) => !unique.some((other) => other !== r && other.contains(r)));
}

/** Above this many nodes or items, a step is followed by a yield so steps never add up to one long task. */
const BIG_STEP = 2000;

/** Rescans this many segments into one when small updates pile up. */
const MAX_SEGMENTS = 200;

/** A scan the background answered (not 'off'). */
type ScanAnswer = Extract<ResponseOf<'scan-page'>, { features: unknown }>;

export class PageLens {
  readonly text = new PageText();
  private readonly store = new MarkStore();
  readonly skip: SkipTest;
  summary: Summary | null = null;
  features: TextFeatures | null = null;
  published?: string;
  /** The reader asked to mark this page whatever its classification. */
  forced = false;
  private active = false;
  private generation = 0;
  private epoch = 0;
  private queue: Promise<void> = Promise.resolve();
  /** The page's text read while the settings were still loading (kept only for the first scan). */
  private prepared: Promise<TextTable | null> | null = null;
  /** The early scan's answer for the prepared text (see `prescan`); null where the background said 'off'. */
  private prescanned: Promise<{ table: TextTable; answer: ScanAnswer } | null> | null = null;
  private fullPending = false;
  /** Above this many feature items a page-wide summary is costly to hand over (~0.1 s on a 10 MB page): updates extend the last one. */
  bigPageItems = 4000;
  /** Items per 'summarize-part' message (~10 ms to hand over each). */
  partItems = 3000;
  /** A page read whole with at most this much text gets its features and summary in one message ('scan-page'). */
  wholeChars = CHUNK_CHARS;
  /** On such pages the full summary catches up this long after the last update. */
  resummarizeMs = 15000;
  private resummarizeTimer: ReturnType<typeof setTimeout> | null = null;
  private pendingRoots: Node[] | null = null;
  /** The page's and the system's light or dark, followed live while the lens is on. */
  private readonly themes = new ThemeWatch(() => {
    this.store.restyle(this.look);
    this.onChange();
  });
  onChange: () => void = () => {};

  constructor(
    private readonly send: Send,
    private settings: Settings,
    hostName: string,
    readonly stats: LensStats = { start: performance.now(), marks: 0, textLength: 0, scans: 0 },
  ) {
    this.skip = makeSkipTest(hostName);
  }

  get marks(): Mark[] {
    return this.store.marks;
  }

  get byRange() {
    return this.store.byRange;
  }

  get highlights() {
    return this.store.highlights;
  }

  get enabled() {
    return this.active;
  }

  /** Whether our card and panel are dark (the reader's theme setting). */
  get dark() {
    return surfaceIsDark(this.settings.theme, this.themes.systemDark, this.themes.pageDark);
  }

  /** What marks are painted with: the page's palette, the reader's style. */
  private get look() {
    return { dark: this.themes.pageDark, style: this.settings.markStyle };
  }

  /** Turns scanning on (full scan) or off (everything of ours leaves the page at once). */
  setActive(active: boolean) {
    if (active === this.active) return;
    this.active = active;
    this.generation++;
    // Jobs queued under the old generation will be skipped, so nothing is pending any more.
    this.fullPending = false;
    this.pendingRoots = null;
    if (active) {
      this.themes.start();
      void this.fullScan();
    } else {
      this.themes.stop();
      this.prepared = null;
      this.reset();
    }
  }

  updateSettings(settings: Settings) {
    const before = this.settings;
    this.settings = settings;
    const markingChanged =
      JSON.stringify(before.marked) !== JSON.stringify(settings.marked) ||
      before.markWholePage !== settings.markWholePage ||
      before.firstMentionOnly !== settings.firstMentionOnly;
    if (!this.active) return;
    if (markingChanged) void this.schedule((gen) => this.applyMarks(gen));
    else if (before.markStyle !== settings.markStyle) this.store.restyle(this.look);
    if (before.theme !== settings.theme) this.onChange();
  }

  /**
   * A single-page app moved to another article: the previous article's marks and badge leave at once
   * (the new content arrives later), and its text no longer counts.
   */
  navigated() {
    this.forced = false;
    if (!this.active) return;
    this.generation++;
    this.fullPending = false;
    this.pendingRoots = null;
    this.prepared = null;
    this.reset();
  }

  /** The summary's evidence where it was judged (the article body), for cards; the whole page without regions. */
  get bodyFeatures(): TextFeatures | null {
    const body = this.summary?.body;
    return this.features && body?.length ? featuresIn(this.features, body) : this.features;
  }

  /** Asks the background for the page's summary again (the reader added an event from this page). */
  resummarize(): Promise<void> {
    if (!this.active) return Promise.resolve();
    return this.schedule((gen) => (this.features ? this.summarizeAndMark(gen) : this.scanJob(gen, null)));
  }

  scanAnyway() {
    this.forced = true;
    if (!this.active) return;
    void this.schedule((gen) => (this.summary ? this.applyMarks(gen) : this.scanJob(gen, null)));
  }

  fullScan(): Promise<void> {
    // One queued full scan covers any number of requests made before it starts.
    if (this.fullPending) return this.queue;
    this.fullPending = true;
    return this.schedule((gen) => {
      this.fullPending = false;
      this.pendingRoots = null;
      return this.scanJob(gen, null);
    });
  }

  handleMutations(batch: MutationBatch): Promise<void> {
    if (!this.active) return Promise.resolve();
    if (batch.full || this.text.segments.length + batch.roots.length > MAX_SEGMENTS) return this.fullScan();
    if (batch.roots.length > 0) {
      // Batches arriving while a scan runs join the next queued one instead of each costing a round trip.
      if (this.pendingRoots) {
        this.pendingRoots.push(...batch.roots);
        return this.queue;
      }
      this.pendingRoots = [...batch.roots];
      return this.schedule((gen) => {
        const roots = topmost(this.pendingRoots ?? []);
        this.pendingRoots = null;
        return roots.length > 0 ? this.scanJob(gen, roots) : Promise.resolve();
      });
    }
    // Only removals: drop marks on text that left, without asking the background again.
    return this.schedule(async () => this.pruneDetached());
  }

  /** Waits for everything scheduled so far. */
  idle(): Promise<void> {
    return this.queue;
  }

  private schedule(job: (gen: number) => Promise<void>): Promise<void> {
    const gen = this.generation;
    this.queue = this.queue
      .then(() => (gen === this.generation ? job(gen) : undefined))
      .catch((err: unknown) => console.debug('[China–Russia Lens]', String(err), (err as Error | undefined)?.stack ?? ''));
    return this.queue;
  }

  /**
   * Reads the page's text without sending it anywhere, so the first scan need not wait for the
   * settings read; if the settings say 'off' the text is simply dropped.
   */
  prepare() {
    const body = document.body ?? document.documentElement;
    this.prepared = this.extract(body, null);
  }

  /**
   * After `prepare`, before the settings are read: a page of one chunk (the usual article) is sent for its
   * scan at once, with its site, and the background answers only where the reader's settings (which it
   * reads too) have the lens on; elsewhere it reads nothing and answers 'off'. The first scan takes the
   * answer when it is for the text it would send, so the settings read and the round trip overlap.
   */
  prescan(site: string) {
    const prepared = this.prepared;
    if (!prepared) return;
    this.prescanned = prepared
      .then(async (table) => {
        if (!table || table.text.length === 0 || table.text.length > this.wholeChars) return null;
        const own = new PageText();
        own.add(document.body ?? document.documentElement, table);
        const regions = await this.findRegions(own);
        const answer = await this.send('scan-page', this.scanRequest(table, regions, site));
        return answer.off ? null : { table, answer };
      })
      .catch(() => null);
  }

  private async extract(root: Node, gen: number | null): Promise<TextTable | null> {
    const extractor = new TextExtractor(root, this.skip);
    let work = 0;
    const done = await runSliced((deadline) => {
      const t = performance.now();
      const finished = extractor.step(deadline);
      work += performance.now() - t;
      return finished;
    }, () => gen !== null && gen !== this.generation);
    if (!done) return null;
    this.stats.walkMs ??= work;
    const t0 = performance.now();
    const table = extractor.result();
    this.stats.lastJoinMs = Math.max(this.stats.lastJoinMs ?? 0, performance.now() - t0);
    // Big pages: each costly step below (join, node map, spec build) gets a task of its own.
    if (table.nodes.length > BIG_STEP) await yieldToPage();
    return table;
  }

  /** roots === null: the whole page, replacing what we had. */
  private async scanJob(gen: number, roots: Node[] | null) {
    this.stats.scans++;
    const body = document.body ?? document.documentElement;
    const targets = roots ?? [body];
    const tables: Array<[Node, TextTable]> = [];
    const prepared = roots === null ? this.prepared : null;
    this.prepared = null;
    for (const root of targets) {
      if (!root.isConnected) continue;
      const table = prepared ? await prepared : await this.extract(root, gen);
      if (!table) return;
      if (table.text.length > 0) tables.push([root, table]);
    }
    this.stats.extractedMs ??= performance.now() - this.stats.start;
    if (roots === null) {
      this.text.clear();
      this.epoch++;
    }
    // The usual article: the whole page read as one chunk gets its features and summary in one round trip.
    if (roots === null && tables.length === 1 && tables[0][1].text.length <= this.wholeChars) {
      await this.scanWhole(gen, tables[0][0], tables[0][1]);
      return;
    }
    // Marks living under the re-read roots (their old items are about to be superseded).
    const touchesMarks = roots !== null && this.marks.some((m) => tables.some(([root]) => root.contains(m.range.startContainer)));
    let found = false;
    const added: Segment[] = [];
    for (const [root, table] of tables) {
      const seg = this.text.add(root, table);
      added.push(seg);
      if (table.nodes.length > BIG_STEP) await yieldToPage();
      const analyzeChunk = (chunk: string) => this.send('analyze-chunk', { text: chunk, published: this.published });
      // A long page: mark what the first chunk found (the top, where the reader is) without waiting for the rest.
      const early = async (partial: TextFeatures) => {
        if (gen !== this.generation || tables.length > 1 || this.marks.length > 0) return;
        seg.features = partial;
        await this.summarizeAndMark(gen);
      };
      seg.features = await analyzeText(table.text, analyzeChunk, early);
      this.text.release(seg);
      found ||= seg.features.references.length + seg.features.dates.length + seg.features.cues.length > 0;
      if (gen !== this.generation) return;
    }
    this.stats.analyzedMs ??= performance.now() - this.stats.start;
    // A ticker or a comment box changing text with nothing of ours in it: no need to ask again.
    if (roots !== null && !found && !touchesMarks) return this.pruneDetached();
    if (roots !== null && this.isBig()) {
      this.extendSummary(added);
      await this.applyMarks(gen);
      this.resummarizeLater();
      return;
    }
    await this.summarizeAndMark(gen);
    if (gen === this.generation) this.stats.completeMs ??= performance.now() - this.stats.start;
  }

  /**
   * A whole page of one chunk: its regions are found first (they need only the text's layout), then one
   * 'scan-page' message brings the features and the summary, where 'analyze-chunk' + 'summarize-page'
   * took two round trips and sent the features back and forth.
   */
  private async scanWhole(gen: number, root: Node, table: TextTable) {
    const seg = this.text.add(root, table);
    // The early scan of this very text (asked before the settings were read), when the background answered it.
    const early = this.prescanned;
    this.prescanned = null;
    const pre = early ? await early : null;
    let res = pre?.table === table ? pre.answer : null;
    if (!res) {
      const regions = await this.findRegions();
      if (gen !== this.generation) return;
      const answer = await this.send('scan-page', this.scanRequest(table, regions));
      // Only an early scan can be answered 'off'; this one is asked because the reader's settings say 'on'.
      if (answer.off) return;
      res = answer;
    }
    if (gen !== this.generation) return;
    seg.features = res.features;
    this.text.release(seg);
    this.stats.analyzedMs ??= performance.now() - this.stats.start;
    // Items on text that changed meanwhile drop out here, as in summarizeAndMark; the observer rescans that text.
    const features = this.text.mergedFeatures();
    this.stats.textLength = features.length;
    this.stats.summarizedMs ??= performance.now() - this.stats.start;
    this.summary = res.summary;
    this.features = features;
    await this.applyMarks(gen);
    if (gen === this.generation) this.stats.completeMs ??= performance.now() - this.stats.start;
  }

  /** One page's 'scan-page' request: its text, date, address and regions; `site` for an early scan. */
  private scanRequest(table: TextTable, regions: TextRegion[], site?: string): RequestOf<'scan-page'> {
    return { text: table.text, published: this.published, url: location.href, title: document.title, regions, site };
  }

  private isBig(): boolean {
    const f = this.features;
    return this.summary !== null && f !== null && f.references.length + f.dates.length + f.cues.length > this.bigPageItems;
  }

  /**
   * Big pages: fold new segments into the last summary without a round trip. New mentions of entities
   * the page already resolved count (unless another entity the page names could be meant); anything
   * else waits for the next full summary.
   */
  private extendSummary(added: Segment[]) {
    const summary = this.summary!;
    const features = this.features!;
    const known = new Set(summary.entities.map((e) => e.id));
    const live = <T extends { start: number }>(xs: T[]) => xs.filter((x) => this.text.isLiveAt(x.start));
    const fresh = added.map((seg) => shiftFeatures(seg.features!, seg.base));
    const freshRefs = fresh.flatMap((f) => f.references);
    const accepted = freshRefs.filter(
      (r) => known.has(r.entityId) && !(r.alternatives ?? []).some((a) => a !== r.entityId && known.has(a)),
    );
    this.summary = { ...summary, references: [...live(resolvedReferences(summary, features)), ...accepted] };
    this.features = {
      references: [...live(features.references), ...freshRefs],
      dates: [...live(features.dates), ...fresh.flatMap((f) => f.dates)],
      cues: [...live(features.cues), ...fresh.flatMap((f) => f.cues)],
      length: this.text.length,
    };
  }

  /** Not a debounce: a live blog updating forever still gets its full summary every `resummarizeMs`. */
  private resummarizeLater() {
    if (this.resummarizeTimer !== null) return;
    this.resummarizeTimer = setTimeout(() => {
      this.resummarizeTimer = null;
      void this.schedule((gen) => this.summarizeAndMark(gen));
    }, this.resummarizeMs);
  }

  private async summarizeAndMark(gen: number) {
    const t0 = performance.now();
    const merge = this.text.merger();
    if (!(await runSliced((deadline) => merge.step(deadline), () => gen !== this.generation))) return;
    const features = merge.result;
    this.stats.lastMergeMs = performance.now() - t0;
    this.stats.textLength = features.length;
    const summary = await this.requestSummary(features, gen);
    if (!summary || gen !== this.generation) return;
    this.stats.summarizedMs ??= performance.now() - this.stats.start;
    this.summary = summary;
    this.features = features;
    await this.applyMarks(gen);
  }

  /** One message for ordinary pages; for big ones, parts small enough to hand over without blocking the page. */
  private async requestSummary(features: TextFeatures, gen: number): Promise<Summary | null> {
    const regions = await this.findRegions();
    const about = { published: this.published, url: location.href, title: document.title, regions };
    if (featureCount(features) > this.partItems) {
      const pieces = splitFeatures(features, this.partItems);
      const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      try {
        for (const [i, part] of pieces.entries()) {
          const done = i === pieces.length - 1;
          const res = await this.send('summarize-part', { id, count: pieces.length, done, features: part, ...about });
          if (gen !== this.generation) return null;
          if (done && res.summary) return res.summary;
        }
      } catch {
        // Parts lost (the background restarted): send it whole below.
      }
    }
    const t = performance.now();
    const pending = this.send('summarize-page', { features, ...about });
    this.stats.lastSendMs = performance.now() - t;
    return pending;
  }

  /**
   * The article body (or story blocks) in page-wide offsets; bounded work on any page (lib/article),
   * in steps with a turn for the page between them once a step took more than a few ms.
   */
  private async findRegions(text: PageText = this.text): Promise<TextRegion[]> {
    let total = 0;
    let longest = 0;
    let since = 0;
    const timed = <T>(fn: () => T): T => {
      const t0 = performance.now();
      const out = fn();
      const took = performance.now() - t0;
      total += took;
      since += took;
      longest = Math.max(longest, took);
      return out;
    };
    const steps = layoutSteps(document);
    let layout;
    for (;;) {
      const next = timed(() => steps.next());
      if (next.done) {
        layout = next.value;
        break;
      }
      if (since > 4) {
        since = 0;
        await yieldToPage();
      }
    }
    if (since > 4) await yieldToPage();
    const regions = timed(() => layoutRegions(layout, text.layout()));
    this.stats.layoutMs = Math.max(this.stats.layoutMs ?? 0, total);
    this.stats.layoutStepMs = Math.max(this.stats.layoutStepMs ?? 0, longest);
    return regions;
  }

  private async applyMarks(gen: number) {
    const summary = this.summary;
    const features = this.features;
    if (!summary || !features) return;
    const show = this.active && (summary.sinoRussian || this.forced) && highlightsSupported();
    const t0 = performance.now();
    if (featureCount(features) > BIG_STEP) await yieldToPage();
    const specs = show
      ? markSpecs(summary, features, this.settings.marked, this.epoch, this.settings.markWholePage, this.settings.firstMentionOnly)
      : [];
    this.stats.lastSpecsMs = Math.max(this.stats.lastSpecsMs ?? 0, performance.now() - t0);
    if (specs.length > BIG_STEP) await yieldToPage();
    if (gen !== this.generation) return;
    const done = await this.store.sync(specs, (spec) => this.text.rangeFor(spec.start, spec.end), () => this.look, () => gen !== this.generation);
    if (!done) return;
    this.stats.marks = this.marks.length;
    if (this.marks.length > 0) this.stats.firstMarksMs ??= performance.now() - this.stats.start;
    // The badge counts what the reader sees marked (country names only when they asked for them).
    this.report(show ? this.marks.filter((m) => m.entityId).length : 0, summary.sinoRussian);
    this.onChange();
  }

  private pruneDetached() {
    if (!this.store.pruneDetached()) return;
    this.text.prune();
    this.stats.marks = this.marks.length;
    this.report(this.marks.filter((m) => m.entityId).length, this.summary?.sinoRussian ?? false);
    this.onChange();
  }

  private report(count: number, sinoRussian: boolean) {
    void this.send('page-result', { count, sinoRussian }).catch(() => undefined);
  }

  /** Removes everything of ours from the page: highlights, stylesheet, state. */
  private reset() {
    if (this.resummarizeTimer !== null) clearTimeout(this.resummarizeTimer);
    this.resummarizeTimer = null;
    this.store.clear();
    this.text.clear();
    this.summary = null;
    this.features = null;
    this.stats.marks = 0;
    this.report(0, false);
    this.onChange();
  }
}
