/**
 * Imported first by the background script: a woken worker asks for its shipped files (the engine tables and
 * the dataset) as its bundle starts evaluating, so they are read while the rest of the bundle evaluates,
 * instead of after the first page's message arrives. No heavy imports here on purpose.
 */
export const ENGINE_TABLES_FILE = 'engine-tables.bin';
/** The bundled dataset as gzipped JSON (scripts/dataset-asset.ts; read by bundled-dataset.ts). */
export const DATASET_FILE = 'dataset.json.gz';

/** Reads and inflates the shipped file (the extension's own, never the network); undefined if it is missing. */
export async function readShippedTableBytes(url: string, fetchFn: typeof fetch = fetch): Promise<ArrayBuffer | undefined> {
  try {
    const res = await fetchFn(url);
    if (!res.ok || !res.body) return undefined;
    // The file is gzipped (13 MB → 1.9 MB): reading an extension file costs by the byte far more than inflating it.
    return await new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  } catch {
    return undefined;
  }
}

/** Reads, inflates and parses a shipped gzipped JSON file (the extension's own, never the network). */
export async function readShippedJson(url: string, fetchFn: typeof fetch = fetch): Promise<unknown> {
  const res = await fetchFn(url);
  if (!res.ok || !res.body) throw new Error(`${url}: ${res.status}`);
  return new Response(res.body.pipeThrough(new DecompressionStream('gzip'))).json();
}

let early: Promise<ArrayBuffer | undefined> | undefined;
let earlyDataset: Promise<unknown> | undefined;

/** The read started at evaluation, once (later callers read the file themselves). */
export function takeEarlyTableRead(): Promise<ArrayBuffer | undefined> | undefined {
  const read = early;
  early = undefined;
  return read;
}

/** The dataset read started at evaluation, once. */
export function takeEarlyDatasetRead(): Promise<unknown> | undefined {
  const read = earlyDataset;
  earlyDataset = undefined;
  return read;
}

type Api = { runtime?: { getURL?: (path: string) => string; id?: string } };
const g = globalThis as { browser?: Api; chrome?: Api };
const runtime = g.browser?.runtime ?? g.chrome?.runtime;
// Only inside the extension (not in tests, the CLI or the build's own import of the entrypoint).
if (typeof runtime?.getURL === 'function' && runtime.id && typeof fetch === 'function' && typeof DecompressionStream === 'function') {
  early = readShippedTableBytes(runtime.getURL(`/${ENGINE_TABLES_FILE}`));
  earlyDataset = readShippedJson(runtime.getURL(`/${DATASET_FILE}`));
  // Taken by whoever needs the dataset first; a failed read is reported there, not here.
  earlyDataset.catch(() => undefined);
}
