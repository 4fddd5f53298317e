/** Foundation handlers: health check backed by the real database. */
import { bundledCounts } from '../../data/bundled-store';
import { getDb } from '../../data/db';
import { ensureSeeded } from './ensure-seeded';
import type { HandlerTable } from './router';

export const coreHandlers: HandlerTable = {
  ping: async () => {
    const seed = await ensureSeeded();
    return { ok: true, datasetVersion: seed.version, ...(await bundledCounts(getDb())) };
  },
};
