/**
 * Build step (wxt.config.ts): the search index of the bundled dataset, built once here and shipped as
 * `search-index.bin`, so a reader's first popup loads it instead of building it (issue 16: the dataset grew
 * 4.8×, the popup's first index should not). Only the bundled events are in it: a reader with own events
 * gets an index built in the popup, and a dataset version that differs from the file's is never used.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataset, DATASET_VERSION } from '../data/dataset';
import { EventSearch } from '../lib/search/event-search';
import { snapshotToBytes } from '../lib/search/snapshot-bytes';
import { PREBUILT_INDEX_FILE } from '../lib/search/prebuilt-index';

export function prebuiltIndexBytes(data = dataset, version = DATASET_VERSION): Uint8Array {
  return snapshotToBytes(new EventSearch(data.events, data.entities).toSnapshot(), version);
}

/** Writes the file under `dir` and returns it as a WXT public asset. */
export function searchIndexAsset(dir: string): { absoluteSrc: string; relativeDest: string } {
  mkdirSync(dir, { recursive: true });
  const absoluteSrc = join(dir, PREBUILT_INDEX_FILE);
  writeFileSync(absoluteSrc, prebuiltIndexBytes());
  return { absoluteSrc, relativeDest: PREBUILT_INDEX_FILE };
}
