import { getDb } from '../../data/db';
import { seedDatabase, type SeedResult } from '../../data/seed';
import { bundledData, bundledVersion } from './bundled-dataset';

let pending: Promise<SeedResult> | undefined;

/**
 * Seeds once per service-worker life; the DB's meta row makes it a no-op when already current.
 * The promise is a cache, not state: a fresh worker simply checks again.
 */
export function ensureSeeded(): Promise<SeedResult> {
  // The dataset file is read only when the database is not current (a woken worker checks on every start).
  pending ??= bundledVersion().then((version) => seedDatabase(getDb(), async () => (await bundledData()).data, version)).catch((err) => {
    pending = undefined;
    throw err;
  });
  return pending;
}

/** Checks the database against the bundled dataset again now (the options page's repair button). */
export function recheckDataset(): Promise<SeedResult> {
  pending = undefined;
  return ensureSeeded();
}

/** The seeding under way in this worker, if any (work that can wait, such as the engine's warm-up, waits for it). */
export function seedingUnderWay(): Promise<unknown> | undefined {
  return pending;
}
