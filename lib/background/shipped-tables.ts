/**
 * The engine tables shipped with the extension (`engine-tables.bin`, `engineTablesBytes` gzipped, written at
 * build time by scripts/engine-tables-asset.ts from the same code): a woken worker fetches its own file and restores
 * the alias and cue automata and the events' words from it instead of reading the whole dataset again.
 * Used only when made for the bundled dataset's version and these table formats; a missing, stale or
 * damaged file reads as nothing, and the worker builds as before.
 */
import { ENGINE_TABLES_FORMAT, engineTables, type EngineTables } from '../../core/engine';
import { MATCHER_SNAPSHOT_FORMAT } from '../../core/matcher-snapshot';
import { tablesFromBytes, tablesToBytes } from '../../core/tables-bytes';
import type { Dataset } from '../../core/types';
import { ENGINE_TABLES_FILE, readShippedTableBytes } from './early-file-reads';

export { ENGINE_TABLES_FILE };

const stampOf = (version: string) => `${version}|engine ${ENGINE_TABLES_FORMAT}|matcher ${MATCHER_SNAPSHOT_FORMAT}`;

export function engineTablesBytes(data: Dataset, version: string): Uint8Array {
  return tablesToBytes(engineTables(data), stampOf(version));
}

/**
 * The tables in `bytes` if made for `version`, else undefined (another version, malformed, damaged).
 * `intact`: the bytes were inflated from the gzipped file, whose CRC-32 the inflater checked.
 */
export function engineTablesFromBytes(bytes: ArrayBuffer, version: string, intact = false): EngineTables | undefined {
  try {
    const value = tablesFromBytes(bytes, stampOf(version), { intact }) as EngineTables | null;
    return value && typeof value === 'object' && value.alias && value.cues && value.words ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches the shipped file (the extension's own, never the network), or takes the bytes of a read already
 * started (`early`, see early-file-reads.ts); `fetched` is told when its bytes are in.
 */
export async function fetchShippedTables(url: string, version: string, fetchFn: typeof fetch = fetch, fetched?: () => void, early?: Promise<ArrayBuffer | undefined>): Promise<EngineTables | undefined> {
  const bytes = await (early ?? readShippedTableBytes(url, fetchFn));
  if (!bytes) return undefined;
  fetched?.();
  // Read through DecompressionStream('gzip'), which refuses a damaged or truncated file (CRC-32 and length).
  return engineTablesFromBytes(bytes, version, true);
}
