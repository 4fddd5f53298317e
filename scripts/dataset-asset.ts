/**
 * Build step (wxt.config.ts): the bundled dataset as gzipped JSON, `dataset.json.gz`, which the background
 * reads at run time (lib/background/bundled-dataset.ts) instead of carrying it inlined in background.js.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataset } from '../data/dataset';
import { DATASET_FILE } from '../lib/background/early-file-reads';

/** Writes the file under `dir` and returns it as a WXT public asset. */
export function datasetAsset(dir: string): { absoluteSrc: string; relativeDest: string } {
  mkdirSync(dir, { recursive: true });
  const absoluteSrc = join(dir, DATASET_FILE);
  writeFileSync(absoluteSrc, gzipSync(JSON.stringify(dataset)));
  return { absoluteSrc, relativeDest: DATASET_FILE };
}
