/** Foundation handlers: health check backed by the real database. */
import { getDb } from '../../data/db';
import { ensureSeeded } from './ensure-seeded';
import type { HandlerTable } from './router';

export const coreHandlers: HandlerTable = {
  ping: async () => {
    const seed = await ensureSeeded();
    const db = getDb();
    return { ok: true, datasetVersion: seed.version, events: await db.events.count(), entities: await db.entities.count() };
  },
};
