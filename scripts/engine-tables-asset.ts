/**
 * Build step (wxt.config.ts): the engine's tables for the bundled dataset (alias and cue automata, the
 * events' words), built once here and shipped as `engine-tables.bin`, so a woken service worker loads
 * them instead of preparing them from the dataset (lib/background/shipped-tables.ts). Only the bundled
 * dataset is in them: a reader's own events are added on top in the worker.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataset, DATASET_VERSION } from '../data/dataset';
import { ENGINE_TABLES_FILE, engineTablesBytes } from '../lib/background/shipped-tables';

/** Writes the file under `dir` and returns it as a WXT public asset. */
export function engineTablesAsset(dir: string): { absoluteSrc: string; relativeDest: string } {
  mkdirSync(dir, { recursive: true });
  const absoluteSrc = join(dir, ENGINE_TABLES_FILE);
  // Gzipped: 13 MB → 1.9 MB; a worker reads an extension file far slower per byte than it inflates one.
  writeFileSync(absoluteSrc, gzipSync(engineTablesBytes(dataset, DATASET_VERSION)));
  return { absoluteSrc, relativeDest: ENGINE_TABLES_FILE };
}
