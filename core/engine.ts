/**
 * The engine: everything the extension and the `lens` CLI do with a text, built once from a
 * dataset. `analyze` works on one chunk (the content script sends pages in pieces) and returns
 * features that `merge` concatenates; `summarize` turns page-wide features into the analysis.
 * Pure: the same code runs in the service worker, in Node for the CLI and in tests.
 */
import type { Dataset, Entity, Event, PageAnalysis, Reference, TextFeatures, TextRegion } from './types';
import { featuresIn, inSpans, spansLength, unionSpans, wellFormedRegions } from './regions';
import { buildReferenceFinder, restoreReferenceFinder, type ReferenceTables } from './reference-finder';
import { resolveReferences } from './resolve-references';
import { classifyPage } from './classify';
import { createDateFinder } from './dates/find-dates';
import { isPartialDate } from './dates/partial-date';
import { createCueFinder, describeByWords, restoreCueFinder, type CueTables } from './cues';
import type { EventWordTables } from './dates/event-words';
import { charFlags, foldTableOf, installFoldTables } from './fold';
import { createEntityDescriber } from './entity-descriptions';
import { createEventLinker } from './link-events';
import { markCredits, maskCredits } from './credits';
import { findAnnouncements } from './announcements';
import { createYearlessLinker } from './yearless-dates';
import { cardEventsForEntity, countEntities, eventsForEntity, type CardEvents } from './entity-events';
import type { MatcherSnapshot } from './matcher-snapshot';

/** The engine's two automata as plain data: stored by the background, restored when it wakes. */
export interface EngineSnapshot {
  alias: MatcherSnapshot;
  cues: MatcherSnapshot;
}

/**
 * Everything an engine prepares from the dataset alone, as plain data: built at build time for the
 * bundled dataset and shipped with the extension (scripts/engine-tables-asset.ts), so a woken worker
 * takes its tables instead of reading every alias and every event again. Restored engines answer
 * exactly as built ones (tests/unit/engine-tables.test.ts).
 */
export interface EngineTables {
  alias: ReferenceTables;
  cues: CueTables;
  /** Per event id: also says which events the cue tables were made from. */
  words: EventWordTables;
  /** The case-fold and character-class tables the automata were built with (`core/fold.ts`). */
  fold?: { fold: Uint16Array; flags: Uint8Array };
}

/** Bump whenever what `engineTables` produces changes shape or meaning. */
export const ENGINE_TABLES_FORMAT = 1;

export type PageSummary = PageAnalysis & { references: Reference[] };

export interface Engine {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly events: readonly Event[];
  /** One chunk: candidate references, dates and cues, offsets relative to the chunk. */
  analyze(text: string, published?: string): TextFeatures;
  /** Chunk features shifted to page offsets and concatenated. */
  merge(parts: { features: TextFeatures; offset: number }[]): TextFeatures;
  /**
   * Resolve references, classify, link events. With `regions` (the article body, or story blocks on a
   * page without an article) each region is judged on its own and text outside them weighs nothing.
   */
  summarize(features: TextFeatures, published?: string, limit?: number, regions?: TextRegion[]): PageSummary;
  scan(text: string, published?: string): { features: TextFeatures; analysis: PageSummary };
  /** Events a card shows for one entity: those this page points at first, then the most recent. */
  eventsForEntity(entityId: string, features?: TextFeatures, published?: string, limit?: number): Event[];
  /** A card's events for one entity: those of `pageEvents` (the page's linked ids) with it, then others. */
  cardEvents(entityId: string, pageEvents: readonly string[], limit?: number): CardEvents;
  /** Both automata came from a stored snapshot (nothing new worth storing). */
  readonly restored: boolean;
  snapshot(): EngineSnapshot;
}

/**
 * Below this classifier score a page is plainly not about the relationship (one side only, a
 * passing mention): it gets only the events it identifies outright. Borderline pages (both
 * leaders named in a short snippet) keep full linking.
 */
const ONE_SIDED = 0.3;

const EMPTY: TextFeatures = { references: [], dates: [], cues: [], length: 0 };

/**
 * The alias automaton is most of an engine's build and depends only on the entities: when the
 * reader's own events change, the background rebuilds the engine with the same entities array,
 * which then reuses it. The cue automaton and the date finder depend on the events too, and are
 * shared the same way between engines built from the same events array (a woken service worker
 * prepares them before it knows whether the reader has events of their own).
 * Scans are synchronous, so engines sharing one finder never interleave.
 */
const findersByEntities = new WeakMap<Entity[], ReturnType<typeof buildReferenceFinder>>();
function referenceFinderFor(list: Entity[], stored?: Partial<EngineSnapshot>, tables?: EngineTables): ReturnType<typeof buildReferenceFinder> {
  let finder = findersByEntities.get(list);
  if (!finder) {
    finder = (tables && restoreReferenceFinder(tables.alias)) || buildReferenceFinder(list, stored?.alias);
    findersByEntities.set(list, finder);
  }
  return finder;
}

interface EventParts {
  events: Event[];
  dates: ReturnType<typeof createDateFinder>;
  cues: ReturnType<typeof createCueFinder>;
}
const partsByEvents = new WeakMap<Event[], { entities: Entity[]; parts: EventParts }>();
function eventPartsFor(data: Dataset, stored?: Partial<EngineSnapshot>, tables?: EngineTables): EventParts {
  const hit = partsByEvents.get(data.events);
  if (hit && hit.entities === data.entities) return hit.parts;
  const events = [...data.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  // The shipped cue tables hold the bundled events' keywords and texts: with a reader's own events
  // the finder is made again, on the shipped automaton when their keywords add no pattern.
  const cues =
    (tables && sameEvents(events, tables.words) && restoreCueFinder(tables.cues)) ||
    createCueFinder(events, data.entities, stored?.cues ?? tables?.cues?.matcher);
  const parts = { events, dates: createDateFinder(events, data.entities, tables?.words), cues };
  partsByEvents.set(data.events, { entities: data.entities, parts });
  return parts;
}

function sameEvents(events: readonly Event[], words: EventWordTables): boolean {
  if (!Array.isArray(words?.ids) || words.ids.length !== events.length) return false;
  const ids = new Set(words.ids);
  return events.every((e) => ids.has(e.id));
}

/** The tables `createEngine(data, undefined, tables)` restores from: what the build step ships. */
export function engineTables(data: Dataset): EngineTables {
  const references = referenceFinderFor(data.entities);
  const { dates, cues } = eventPartsFor(data);
  return { alias: references.tables(), cues: cues.tables(), words: dates.words.tables(), fold: { fold: foldTableOf(), flags: charFlags() } };
}

/**
 * Builds now what `createEngine(data)` will need, so a later build from the same arrays is quick:
 * the alias and cue automata, the date finder, and chrono's first parse (it compiles its patterns
 * on first use, ~60 ms that would otherwise land on the first page's chunk). `tables`: the shipped
 * tables of the bundled part of `data` (the caller checks they were made from this dataset). `step` is
 * told as each part is ready (the background's wake-up timings).
 */
export function prepareEngine(data: Dataset, stored?: Partial<EngineSnapshot>, tables?: EngineTables, step?: (name: string) => void): void {
  if (tables?.fold) installFoldTables(tables.fold.fold, tables.fold.flags);
  referenceFinderFor(data.entities, stored, tables);
  step?.('alias-finder-ready');
  const { dates } = eventPartsFor(data, stored, tables);
  step?.('event-parts-ready');
  dates.find('on 1 May 2024', '2024-05-02');
}

/**
 * `stored`: a snapshot from an earlier engine; each automaton is taken from it if it fits, else built.
 * `tables`: the shipped tables of the bundled part of `data` (see `prepareEngine`).
 */
export function createEngine(data: Dataset, stored?: Partial<EngineSnapshot>, tables?: EngineTables): Engine {
  if (tables?.fold) installFoldTables(tables.fold.fold, tables.fold.flags);
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const references = referenceFinderFor(data.entities, stored, tables);
  const { events, dates, cues } = eventPartsFor(data, stored, tables);
  const linker = createEventLinker(events, entities);
  const describer = createEntityDescriber(events, entities, dates.words);
  const yearless = createYearlessLinker(events, entities);
  const eventById = new Map(events.map((e) => [e.id, e]));

  function analyze(text: string, published?: string): TextFeatures {
    if (typeof text !== 'string' || text.length === 0) return { ...EMPTY, references: [], dates: [], cues: [] };
    const pub = cleanDate(published);
    const refs = markCredits(text, references.find(text));
    // An outlet's name in a dateline or credit is no word of the story: the words that describe
    // events (cues, a date's sentence) are read with it blanked out.
    const words = maskCredits(text, refs);
    const found = cues.find(words);
    describeByWords(found, words, dates.words);
    const loose: TextFeatures['dates'] = [];
    const written = dates.find(words, pub, loose);
    const told = [...describer.describe(words, refs), ...findAnnouncements(words), ...yearless.cues(loose, refs)];
    // Cues stay in text order: the linker and the content script expect ascending offsets.
    const all = told.length ? [...found, ...told].sort((a, b) => a.start - b.start || a.end - b.end) : found;
    return { references: refs, dates: written, cues: all, length: text.length };
  }

  function merge(parts: { features: TextFeatures; offset: number }[]): TextFeatures {
    const out: TextFeatures = { references: [], dates: [], cues: [], length: 0 };
    // Loops, not push(...spread): a long page has more items than a call's argument limit.
    for (const { features: f, offset } of parts) {
      for (const r of f.references) out.references.push({ ...r, start: r.start + offset, end: r.end + offset });
      for (const d of f.dates) out.dates.push({ ...d, start: d.start + offset, end: d.end + offset });
      for (const c of f.cues) out.cues.push({ ...c, start: c.start + offset, end: c.end + offset });
      out.length = Math.max(out.length, offset + f.length);
    }
    return out;
  }

  function summarize(features: TextFeatures, published?: string, limit = 10, regions?: TextRegion[]): PageSummary {
    const f = wellFormed(features);
    const pub = cleanDate(published);
    const kept = wellFormedRegions(regions);
    if (!kept?.length) return summarizeWhole(f, pub, limit);
    return summarizeRegions(f, pub, limit, kept);
  }

  function judge(f: TextFeatures) {
    const resolved = resolveReferences(f.references, entities);
    const kindCues = f.cues.filter((c) => c.kinds.length > 0).length;
    const verdict = classifyPage(resolved, entities, f.length, { cueCount: kindCues, dateCount: f.dates.length });
    return { resolved, verdict };
  }

  /** Plain text (the CLI on a .txt file, a page whose regions are unknown): the whole text counts. */
  function summarizeWhole(f: TextFeatures, pub: string | undefined, limit: number): PageSummary {
    const { resolved, verdict } = judge(f);
    const linked = linker.link({ references: resolved, dates: f.dates, cues: f.cues, published: pub, limit, identifiedOnly: verdict.score < ONE_SIDED });
    const analysis: PageSummary = {
      sinoRussian: verdict.sinoRussian,
      score: verdict.score,
      reasons: verdict.reasons,
      entities: countEntities(resolved, entities),
      events: linked,
      references: resolved,
      judged: { scope: 'page', regions: 0, qualifying: 0, characters: f.length },
    };
    if (pub) analysis.published = pub;
    return analysis;
  }

  /**
   * Each region on its own: a 'Most read' rail beside a sports story never lends the story its
   * names, and of two articles on one scrolling page only the one about China–Russia counts.
   */
  function summarizeRegions(f: TextFeatures, pub: string | undefined, limit: number, regions: TextRegion[]): PageSummary {
    const parts = regions.map((region) => {
      const within = featuresIn(f, region.spans);
      return { region, within, ...judge(within) };
    });
    const qualifying = parts.filter((p) => p.verdict.sinoRussian);
    const articles = parts.filter((p) => p.region.kind === 'article');
    const scope = articles.length > 0 ? 'article' : 'blocks';
    // Evidence for events and entity counts: the regions that qualify, else the article(s) as read.
    const chosen = qualifying.length ? qualifying : articles;
    const byStart = <T extends { start: number }>(xs: T[]) => xs.sort((a, b) => a.start - b.start);
    const refs = byStart(chosen.flatMap((p) => p.resolved));
    const dates = byStart(chosen.flatMap((p) => p.within.dates));
    const cues = byStart(chosen.flatMap((p) => p.within.cues));
    const best = [...(qualifying.length ? qualifying : parts)].sort((a, b) => b.verdict.score - a.verdict.score)[0];
    const score = best?.verdict.score ?? 0;
    const sinoRussian = qualifying.length > 0;
    const linked = chosen.length
      ? linker.link({ references: refs, dates, cues, published: pub, limit, identifiedOnly: score < ONE_SIDED })
      : [];
    const body = unionSpans(chosen.map((p) => p.region.spans));
    const characters = spansLength(unionSpans(parts.map((p) => p.region.spans)));
    // What gets marked: the references of the body; outside it (for the reader who asks for the whole
    // page) references as resolved page-wide, so a name in a rail is still checked against the page.
    const outside = judge(f).resolved.filter((r) => !inSpans(body, r.start));
    const analysis: PageSummary = {
      sinoRussian,
      score,
      reasons: [judgedLine(scope, parts.length, qualifying.length, characters), ...(best?.verdict.reasons ?? [])],
      entities: countEntities(refs, entities),
      events: linked,
      references: byStart([...refs, ...outside]),
      judged: { scope, regions: parts.length, qualifying: qualifying.length, characters },
      body,
      elsewhere: countEntities(outside, entities),
    };
    if (pub) analysis.published = pub;
    return analysis;
  }

  return {
    entities,
    events,
    analyze,
    merge,
    summarize,
    scan(text, published) {
      const features = analyze(text, published);
      return { features, analysis: summarize(features, published) };
    },
    eventsForEntity(entityId, features, published, limit = 5) {
      const ranked = features ? summarize(features, published, 50).events.map((e) => e.id) : [];
      return eventsForEntity(entityId, events, ranked, eventById, limit);
    },
    cardEvents: (entityId, pageEvents, limit = 5) => cardEventsForEntity(entityId, events, pageEvents, eventById, limit, entities.get(entityId)),
    restored: references.restored && cues.restored,
    snapshot: () => ({ alias: references.snapshot(), cues: cues.snapshot() }),
  };
}

const isSpan = (x: unknown): x is { start: number; end: number; text: string } =>
  typeof x === 'object' && x !== null && Number.isFinite((x as { start?: unknown }).start) && Number.isFinite((x as { end?: unknown }).end) && typeof (x as { text?: unknown }).text === 'string';

/** Features arrive by message from a content script: keep only well-formed items rather than throw. */
function wellFormed(f: TextFeatures | undefined): TextFeatures {
  if (!f || typeof f !== 'object') return { ...EMPTY, references: [], dates: [], cues: [] };
  const list = <T>(x: unknown, ok: (y: T) => boolean): T[] => (Array.isArray(x) ? (x as T[]).filter((y) => isSpan(y) && ok(y)) : []);
  return {
    references: list<Reference>(f.references, (r) => typeof r.entityId === 'string'),
    dates: list<TextFeatures['dates'][number]>(f.dates, (d) => isPartialDate(d.date) && (d.endDate === undefined || isPartialDate(d.endDate))),
    cues: list<TextFeatures['cues'][number]>(f.cues, (c) => Array.isArray(c.kinds) && (c.events === undefined || Array.isArray(c.events)) && (c.strength === undefined || Number.isFinite(c.strength)) && (c.announces === undefined || typeof c.announces === 'boolean')),
    length: Number.isFinite(f.length) ? f.length : 0,
  };
}

function judgedLine(scope: 'article' | 'blocks', regions: number, qualifying: number, characters: number): string {
  const chars = `${characters.toLocaleString('en')} characters`;
  if (scope === 'article' && regions === 1) return `judged on the article body (${chars}); rails, comments and the rest of the page left out`;
  if (scope === 'article') return `judged ${regions} articles one by one (${chars}): ${qualifying} about China–Russia`;
  return `no article on this page: judged ${regions} story blocks one by one, ${qualifying} about China–Russia`;
}

/** A publication day, or nothing: relative dates need the day, and an ISO timestamp carries it first. */
function cleanDate(d: string | undefined): string | undefined {
  if (typeof d !== 'string') return undefined;
  const day = d.trim().slice(0, 10);
  return day.length === 10 && isPartialDate(day) ? day : undefined;
}
