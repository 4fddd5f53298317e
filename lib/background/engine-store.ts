/**
 * The engine's automata kept in the database between service-worker lives: building them is most
 * of a woken worker's first answer, loading them back one `meta` read and a structured clone.
 * Anything missing, from another dataset or format, or malformed reads as nothing (build fresh);
 * the matchers check again that each snapshot was made from their exact patterns.
 */
import type { LensDB } from '../../data/db';
import type { Engine, EngineSnapshot } from '../../core/engine';
import { MATCHER_SNAPSHOT_FORMAT } from '../../core/matcher-snapshot';

export const ENGINE_SNAPSHOT_KEY = 'engineSnapshot';
/** Bump when what is stored under the key changes shape. */
export const SNAPSHOT_FORMAT = 1;

const stamp = (version: string) => `${version}|${SNAPSHOT_FORMAT}.${MATCHER_SNAPSHOT_FORMAT}`;

export async function loadEngineSnapshot(db: LensDB, version: string): Promise<Partial<EngineSnapshot> | undefined> {
  try {
    const row = await db.meta.get(ENGINE_SNAPSHOT_KEY);
    const value = row?.value as { version?: unknown; alias?: EngineSnapshot['alias']; cues?: EngineSnapshot['cues'] } | undefined;
    if (!value || typeof value !== 'object' || value.version !== stamp(version)) return undefined;
    return { alias: value.alias, cues: value.cues };
  } catch {
    return undefined;
  }
}

/** Never throws: a snapshot that cannot be stored only means the next wake builds again. */
export async function storeEngineSnapshot(db: LensDB, version: string, engine: Engine): Promise<void> {
  try {
    await db.meta.put({ key: ENGINE_SNAPSHOT_KEY, value: { version: stamp(version), ...engine.snapshot() } });
  } catch {
    // a full or closed database: nothing to do
  }
}
