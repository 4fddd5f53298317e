/**
 * Background handlers for scanning: the content script's chunks (`analyze-chunk`), the page
 * summary (`summarize-page`) and the context card (`entity-card`). The engine is built lazily
 * from the bundled dataset plus the reader's own events and kept as a cache keyed by the
 * dataset version and the own events' count and last change: a woken service worker rebuilds it.
 */
import { dataset as bundled, DATASET_VERSION } from '../../data/dataset';
import { getDb, type LensDB } from '../../data/db';
import { createEngine, type Engine } from '../../core/engine';
import type { Dataset, Event } from '../../core/types';
import type { HandlerTable } from './router';

export interface ScanHandlerOptions {
  db?: () => LensDB;
  data?: Dataset;
  version?: string;
}

export function createScanHandlers(options: ScanHandlerOptions = {}) {
  const db = options.db ?? getDb;
  const data = options.data ?? bundled;
  const version = options.version ?? DATASET_VERSION;
  let cached: { key: string; engine: Engine } | undefined;
  let building: Promise<Engine> | undefined;

  async function ownEventsKey(): Promise<string> {
    const table = db().ownEvents;
    const [count, last] = await Promise.all([table.count(), table.orderBy('updatedAt').last()]);
    return `${version}|${count}|${last?.updatedAt ?? 0}`;
  }

  async function engine(): Promise<Engine> {
    const key = await ownEventsKey();
    if (cached?.key === key) return cached.engine;
    building ??= (async () => {
      const own = await db().ownEvents.toArray();
      // Reader's events join the bundled ones; a reader's id never hides a bundled event.
      const ids = new Set(data.events.map((e) => e.id));
      const extra: Event[] = own
        .filter((e) => !ids.has(e.id))
        .map(({ createdAt: _c, updatedAt: _u, orphanedEntities: _o, ...event }) => ({ ...event, own: true }));
      const built = createEngine({ entities: data.entities, events: [...data.events, ...extra] });
      cached = { key, engine: built };
      return built;
    })().finally(() => {
      building = undefined;
    });
    return building;
  }

  const handlers: HandlerTable = {
    'analyze-chunk': async ({ text, published }) => (await engine()).analyze(String(text ?? ''), published),
    'summarize-page': async ({ features, published }) => (await engine()).summarize(features, published),
    'entity-card': async ({ entityId, features, published, limit }) => {
      const e = await engine();
      const entity = e.entities.get(entityId);
      if (!entity) return null;
      return { entity, events: e.eventsForEntity(entityId, features, published, limit ?? 5) };
    },
  };
  return { handlers, engine };
}

export const scanHandlers: HandlerTable = createScanHandlers().handlers;
