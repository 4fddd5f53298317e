/**
 * Background handlers for scanning: the content script's chunks (`analyze-chunk`), the page
 * summary (`summarize-page`) and the context card (`entity-card`). The engine is built lazily
 * from the bundled dataset plus the reader's own events and kept as a cache keyed by the
 * dataset version and the own events' count and last change: a woken service worker rebuilds it.
 *
 * The own events are not read on every message: Dexie signals every write to them, in this
 * context and (by BroadcastChannel) from the popup and options pages, which marks the key stale.
 * A read now and then still catches a signal that never came.
 *
 * A fresh build's automata are stored (`engine-store.ts`) a moment after the first answer, and a
 * woken worker loads them instead of building them again.
 */
import { getDb, type LensDB, type OwnEvent } from '../../data/db';
import { createEngine, prepareEngine, type Engine } from '../../core/engine';
import type { Dataset, Event, PageAnalysis } from '../../core/types';
import type { HandlerTable } from './router';
import type { RequestOf, ResponseOf } from '../messages';
import { readUserState } from './user-state';
import { markCold } from './cold-timings';
import { namesOf } from '../i18n/content-text';
import { keptRead } from './table-writes';
import { loadEngineSnapshot, storeEngineSnapshot } from './engine-store';
import { ENGINE_TABLES_FILE, fetchShippedTables } from './shipped-tables';
import { extensionFileUrl, takeEarlyTableRead } from './early-file-reads';
import { bundledData, type BundledData } from './bundled-dataset';
import { datasetVersion } from '../../data/dataset-version';
import type { EngineTables } from '../../core/engine';
import { feedbackFor, pageKey } from '../../data/user-data/feedback';
import { linkOwnEventsCitingPage, ownEventsCitingPage } from '../../core/own-page-links';
import { applyReaderVerdicts, type ReaderVerdicts } from '../../core/reader-verdicts';
import { isSiteEnabled, type Settings } from '../settings';
import { currentSettings } from './settings-cache';
import { warmUpSteps } from '../../core/warm-up';
import { seedingUnderWay } from './ensure-seeded';

export interface ScanHandlerOptions {
  db?: () => LensDB;
  /** The bundled dataset (default: the extension's own file, see bundled-dataset.ts) and its version. */
  data?: Dataset;
  version?: string;
  /** Delay before a fresh build's snapshot is stored (off the first answer's path). */
  storeDelayMs?: number;
  /**
   * The engine tables shipped for the bundled dataset (default: the extension's own
   * `engine-tables.bin`); undefined when there are none or they are not for this dataset.
   */
  shippedTables?: (version: string) => Promise<EngineTables | undefined>;
  /**
   * Warm a fresh engine's code in idle moments after it is built (see core/warm-up.ts): the extension's
   * own handlers do; tests, which count what the engine does, do not.
   */
  warmUp?: boolean;
  /** Work the warm-up lets finish first (the extension's: a seeding under way, which a popup may be waiting for). */
  warmUpAfter?: () => Promise<unknown> | undefined;
  /** The reader's settings, for a page's early scan (default: the background's cached read). */
  settings?: () => Promise<Settings>;
}

/** The extension's own shipped tables; nothing outside an extension (tests, the CLI). */
function extensionTables(version: string): Promise<EngineTables | undefined> {
  const url = extensionFileUrl(ENGINE_TABLES_FILE);
  if (!url) return Promise.resolve(undefined);
  return fetchShippedTables(url, version, fetch, () => markCold('tables-fetched'), takeEarlyTableRead());
}

/** How old a kept read (own events, verdict pages) may get before a message also reads it again (without waiting). */
const RECHECK_MS = 30_000;

export function createScanHandlers(options: ScanHandlerOptions = {}) {
  const db = options.db ?? getDb;
  const given = options.data;
  const source: () => Promise<BundledData> = given ? () => Promise.resolve({ data: given, version: options.version ?? datasetVersion(given) }) : bundledData;
  let cached: { key: string; engine: Engine } | undefined;
  let building: Promise<Engine> | undefined;
  let storing: Promise<void> | undefined;
  const storeDelay = options.storeDelayMs ?? 200;
  const shippedTables = options.shippedTables ?? extensionTables;
  const settings = options.settings ?? currentSettings;
  /** Read once per worker life: the file never changes while the extension runs. */
  let shipped: Promise<EngineTables | undefined> | undefined;

  function storeLater(built: Engine, version: string): void {
    storing = new Promise<void>((resolve) => {
      setTimeout(() => {
        // Another build since: that one stores its own.
        if (cached?.engine !== built) return resolve();
        void storeEngineSnapshot(db(), version, built).then(resolve);
      }, storeDelay);
    });
  }
  /**
   * One analysis or summary per task, each after the tasks already queued (the message that asked for the
   * engine is answered first), so a page's message waits for at most one of them; stops if the engine is replaced.
   */
  function warmUpLater(built: Engine, data: Dataset): void {
    const steps = warmUpSteps(built, data);
    const next = () => {
      const step = steps.shift();
      if (!step || cached?.engine !== built) return;
      try {
        step();
      } catch {
        return;
      }
      setTimeout(next, 0);
    };
    const first = options.warmUpAfter?.();
    if (first) void first.catch(() => undefined).then(() => setTimeout(next, 0));
    else setTimeout(next, 0);
  }
  /** The own events as last read, with their key (the bundled dataset cannot change in a worker's life). */
  const ownEvents = keptRead(
    () => db().name,
    'ownEvents',
    async (): Promise<{ key: string; rows: OwnEvent[] }> => {
      const rows = await db().ownEvents.toArray();
      const last = rows.reduce((m, r) => Math.max(m, r.updatedAt ?? 0), 0);
      return { key: `${rows.length}|${last}`, rows };
    },
    RECHECK_MS,
  );

  async function engine(): Promise<Engine> {
    const known = ownEvents.peek();
    if (known && cached?.key === known.key) {
      // Read again behind the answer when the kept rows are old.
      void ownEvents.get().catch(() => undefined);
      return cached.engine;
    }
    building ??= (async () => {
      const read = ownEvents.get();
      // The own events are read while the dataset file (read since the worker started) is parsed.
      const { data, version } = await source();
      markCold('dataset-loaded');
      // A woken worker: the shipped tables are loaded while the own events are read (else the
      // automata stored by an earlier build), then the parts that need no own events are prepared.
      shipped ??= shippedTables(version).catch(() => undefined);
      const tables = await shipped;
      markCold(tables ? 'tables-loaded' : 'tables-missing');
      const stored = cached || tables ? undefined : await loadEngineSnapshot(db(), version);
      if (!tables) markCold(stored ? 'snapshot-loaded' : 'snapshot-missing');
      if (!cached) prepareEngine(data, stored, tables, markCold);
      markCold('engine-prepared');
      const { key, rows } = await read;
      markCold('own-events-read');
      if (cached?.key === key) return cached.engine;
      // Reader's events join the bundled ones; a reader's id never hides a bundled event.
      const ids = new Set(data.events.map((e) => e.id));
      const extra: Event[] = rows
        .filter((e) => !ids.has(e.id))
        .map(({ createdAt: _c, updatedAt: _u, orphanedEntities: _o, ...event }) => ({ ...event, own: true }));
      // Own events with keywords of their own make another cue automaton: the one stored last time, if it fits.
      const cues = tables && !stored && extra.some((e) => e.keywords?.length) ? await loadEngineSnapshot(db(), version) : stored;
      const built = createEngine({ entities: data.entities, events: extra.length ? [...data.events, ...extra] : data.events }, cues, tables);
      markCold('engine-built');
      cached = { key, engine: built };
      if (!built.restored) storeLater(built, version);
      if (options.warmUp) warmUpLater(built, data);
      return built;
    })().finally(() => {
      building = undefined;
    });
    return building;
  }

  /**
   * The pages the reader gave a verdict on (their keys), kept as the own events are: most pages have none,
   * and their summary then waits for no read.
   */
  const judgedPages = keptRead(() => db().name, 'feedback', async () => new Set((await db().feedback.orderBy('page').uniqueKeys()).map(String)), RECHECK_MS);

  /** What the reader said about this page before; a database hiccup must not cost the page its summary. */
  function readVerdicts(url: string | undefined): Promise<ReaderVerdicts> {
    const none: ReaderVerdicts = { hiddenEvents: [], notSinoRussian: false };
    const page = typeof url === 'string' ? pageKey(url) : undefined;
    if (!page) return Promise.resolve(none);
    return judgedPages
      .get()
      .then((pages) => (pages.has(page) ? feedbackFor(db(), url) : none))
      .catch(() => none);
  }

  async function summarizePage({ features, published, regions, url }: RequestOf<'summarize-page'>, verdictsRead = readVerdicts(url)): Promise<ResponseOf<'summarize-page'>> {
    const [e, verdicts] = await Promise.all([engine(), verdictsRead]);
    let summary = applyReaderVerdicts(withTranslations(e, e.summarize(features, published, undefined, regions)), verdicts);
    // The reader's own events added from this very page are linked on it ('Add this article as an event').
    const page = typeof url === 'string' ? pageKey(url) : undefined;
    if (page) summary = linkOwnEventsCitingPage(summary, ownEventsCitingPage(e.events, page, pageKey), verdicts.hiddenEvents);
    return summary;
  }

  const handlers: HandlerTable = {
    'analyze-chunk': async ({ text, published }) => {
      markCold('analyze-received');
      const features = (await engine()).analyze(String(text ?? ''), published);
      markCold('analyze-answered');
      return features;
    },
    'summarize-page': async (req) => {
      markCold('summarize-received');
      const summary = await summarizePage(req);
      markCold('summarize-answered');
      return summary;
    },
    'scan-page': async ({ text, published, regions, url, site }) => {
      markCold('analyze-received');
      // A page's early scan, sent before it read the settings: not a word of it is read where the lens is off.
      // (Nor is the engine built for it: a woken worker reads its files from its first statement anyway.)
      if (typeof site === 'string' && !isSiteEnabled(await settings(), site)) return { off: true as const };
      // The reader's verdicts on this page are read from the database while its text is analysed.
      const verdicts = readVerdicts(url);
      const features = (await engine()).analyze(String(text ?? ''), published);
      markCold('analyze-answered');
      const summary = await summarizePage({ features, published, regions, url }, verdicts);
      markCold('summarize-answered');
      return { features, summary };
    },
    'entity-card': async ({ entityId, features, published, limit, pageEvents, userState }) => {
      const e = await engine();
      const entity = e.entities.get(entityId);
      if (!entity) return null;
      let card: { entity: typeof entity; events: Event[]; inArticle?: Event[]; total?: number };
      if (Array.isArray(pageEvents)) {
        const ids = pageEvents.filter((id): id is string => typeof id === 'string').slice(0, 100);
        const { inArticle, others, total } = e.cardEvents(entityId, ids, limit ?? 5);
        card = { entity, inArticle, events: others, total };
      } else card = { entity, events: e.eventsForEntity(entityId, features, published, limit ?? 5) };
      if (!userState) return card;
      // The stars and notes of what the card will show (its first `limit` of each list), read here instead
      // of in a second message; a database hiccup leaves them out and the card asks again.
      const shown = [...(card.inArticle ?? []), ...card.events.slice(0, limit ?? 5)].map((ev) => ev.id);
      const state = await readUserState(db(), shown, entityId).catch(() => undefined);
      return state ? { ...card, userState: state } : card;
    },
  };
  /** Resolves once the snapshot scheduled by the last fresh build is stored (tests). */
  const snapshotStored = () => storing ?? Promise.resolve();
  /** An engine is built for the own events as last read (no database or storage read to tell). */
  const isReady = () => cached !== undefined && cached.key === ownEvents.peek()?.key;
  return { handlers, engine, snapshotStored, isReady };
}

const shared = createScanHandlers({ warmUp: true, warmUpAfter: seedingUnderWay });
export const scanHandlers: HandlerTable = shared.handlers;
/** The background's engine, built (or restored) now if it is not ready: for a tab that starts loading a page. */
export const readyEngine = (): Promise<unknown> => shared.engine();
/** Whether the background's engine is built already (a check without any read). */
export const engineReady = (): boolean => shared.isReady();

const eventIndex = new WeakMap<Engine, Map<string, Event>>();

/**
 * Linked events carry their Chinese and Russian titles and entities their names in each language, so the
 * card, the panel and the popup can switch language at once.
 */
function withTranslations<T extends PageAnalysis>(engine: Engine, summary: T): T {
  let byId = eventIndex.get(engine);
  if (!byId) eventIndex.set(engine, (byId = new Map(engine.events.map((ev) => [ev.id, ev]))));
  const events = summary.events.map((ev) => {
    const translations = byId!.get(ev.id)?.translations;
    return translations ? { ...ev, translations } : ev;
  });
  const entities = summary.entities.map((en) => {
    const entity = engine.entities.get(en.id);
    return entity ? { ...en, names: namesOf(entity) } : en;
  });
  return { ...summary, events, entities };
}
