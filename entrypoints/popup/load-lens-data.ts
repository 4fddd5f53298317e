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

export async function loadLensData(db: LensDB = getDb(), ping = () => sendToBackground('ping', {})): Promise<LensData> {
  try {
    await ping();
  } catch {
    // An unseeded database shows as an empty dataset, which the popup says plainly.
  }
  const [bundled, own, entities] = await Promise.all([db.events.toArray(), db.ownEvents.toArray(), db.entities.toArray()]);
  const ownEvents: Event[] = own.map((e) => ({ ...e, own: true }));
  return { search: new EventSearch([...bundled, ...ownEvents], entities), bundled: bundled.length, own: own.length };
}
