/**
 * Loads the dataset for the popup straight from the extension's IndexedDB (same origin as the background).
 * The ping first makes sure the background has seeded it; if the background is asleep or failing we still
 * read whatever the database holds.
 */
import { getDb, type LensDB } from '../../data/db';
import type { Event } from '../../core/types';
import { EventSearch } from '../../lib/search/event-search';
import { sendToBackground } from '../../lib/send-message';

export interface LensData {
  search: EventSearch;
  bundled: number;
  own: number;
}

const mark = (name: string) => performance.mark?.(`crlens:${name}`);

function read(db: LensDB) {
  return Promise.all([db.events.toArray(), db.ownEvents.toArray(), db.entities.toArray()]);
}

/**
 * Reads the database while the background answers the ping: usually it is seeded already and the
 * popup need not wait for a sleeping service worker. Only an empty database waits for the seeding.
 */
export async function loadLensData(db: LensDB = getDb(), ping = () => sendToBackground('ping', {})): Promise<LensData> {
  const pinged = ping().catch(() => undefined); // a failing background leaves whatever the database holds
  let [bundled, own, entities] = await read(db);
  mark('db-read');
  if (bundled.length === 0) {
    await pinged;
    [bundled, own, entities] = await read(db);
    mark('db-read-after-seed');
  }
  const ownEvents: Event[] = own.map((e) => ({ ...e, own: true }));
  const search = new EventSearch([...bundled, ...ownEvents], entities);
  return { search, bundled: bundled.length, own: own.length };
}
