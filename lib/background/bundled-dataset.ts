/**
 * The bundled dataset as the background gets it: from the extension's own `dataset.json.gz` (written at build
 * time by scripts/dataset-asset.ts), read once per worker life, not inlined in background.js. Inlined, its
 * 3.7 MB were compiled on every wake of the worker before it could read its first message; as a file it is
 * read beside the engine tables while the (now small) bundle evaluates, and only where it is needed (the
 * engine, a reseed). Its version is written into the bundle at build time, so checking whether the database
 * is current needs no dataset at all.
 */
import type { Dataset } from '../../core/types';
import { BUILT_DATASET_VERSION, datasetVersion } from '../../data/dataset-version';
import { DATASET_FILE, extensionFileUrl, readShippedJson, takeEarlyDatasetRead } from './early-file-reads';

export interface BundledData {
  data: Dataset;
  version: string;
}

function isDataset(value: unknown): value is Dataset {
  const d = value as Dataset | null;
  return typeof d === 'object' && d !== null && Array.isArray(d.events) && Array.isArray(d.entities);
}

/** The extension's own file (started at evaluation when it could be). */
async function readExtensionDataset(): Promise<Dataset> {
  const url = extensionFileUrl(DATASET_FILE);
  const read = takeEarlyDatasetRead() ?? (url ? readShippedJson(url) : undefined);
  if (!read) throw new Error(`The bundled dataset (${DATASET_FILE}) cannot be read here`);
  const value = await read;
  if (!isDataset(value)) throw new Error(`The bundled dataset (${DATASET_FILE}) is damaged`);
  return value;
}

let source: () => Promise<Dataset> = readExtensionDataset;
let loaded: Promise<BundledData> | undefined;

/** The bundled dataset and its version, read once; a failed read is tried again on the next call. */
export function bundledData(): Promise<BundledData> {
  loaded ??= source().then((data) => ({ data, version: BUILT_DATASET_VERSION ?? datasetVersion(data) }));
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

/** The bundled dataset's version: the build's, else (Node, dev builds) computed from the dataset. */
export async function bundledVersion(): Promise<string> {
  return BUILT_DATASET_VERSION ?? (await bundledData()).version;
}

/** Where the dataset comes from outside the extension (Node tests give `data/dataset.ts`'s). */
export function useBundledDatasetSource(next: () => Promise<Dataset>): void {
  source = next;
  loaded = undefined;
}
