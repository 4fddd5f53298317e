/**
 * Imported first by the background script: a woken worker asks for its shipped files (the engine tables and
 * the dataset) as its bundle starts evaluating, so they are read while the rest of the bundle evaluates,
 * instead of after the first page's message arrives. No heavy imports here on purpose.
 */
export const ENGINE_TABLES_FILE = 'engine-tables.bin';
/** The bundled dataset as gzipped JSON (scripts/dataset-asset.ts; read by bundled-dataset.ts). */
export const DATASET_FILE = 'dataset.json.gz';

type Api = { runtime?: { getURL?: (path: string) => string; id?: string } };
const runtimeApi = () => {
  const g = globalThis as { browser?: Api; chrome?: Api };
  return g.browser?.runtime ?? g.chrome?.runtime;
};

/** The address of one of the extension's own files; undefined outside an extension (tests, the CLI). */
export function extensionFileUrl(file: string): string | undefined {
  const runtime = runtimeApi();
  return typeof runtime?.getURL === 'function' && typeof fetch === 'function' ? runtime.getURL(`/${file}`) : undefined;
}

/**
 * A shipped gzipped file (the extension's own, never the network), inflated as it is read: reading an extension
 * file costs by the byte far more than inflating it (the tables: 13 MB → 2 MB). Throws when it cannot be read.
 */
async function readInflated(url: string, fetchFn: typeof fetch): Promise<Response> {
  const res = await fetchFn(url);
  if (!res.ok || !res.body) throw new Error(`${url}: ${res.status}`);
  return new Response(res.body.pipeThrough(new DecompressionStream('gzip')));
}

/** The engine tables' bytes; undefined if the file is missing or unreadable (the worker then builds). */
export async function readShippedTableBytes(url: string, fetchFn: typeof fetch = fetch): Promise<ArrayBuffer | undefined> {
  try {
    return await (await readInflated(url, fetchFn)).arrayBuffer();
  } catch {
    return undefined;
  }
}

/** A shipped gzipped JSON file, parsed. */
export async function readShippedJson(url: string, fetchFn: typeof fetch = fetch): Promise<unknown> {
  return (await readInflated(url, fetchFn)).json();
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

// Only inside the running extension (not in tests, the CLI or the build's own import of the entrypoint).
const tablesUrl = runtimeApi()?.id && typeof DecompressionStream === 'function' ? extensionFileUrl(ENGINE_TABLES_FILE) : undefined;
if (tablesUrl) {
  early = readShippedTableBytes(tablesUrl);
  earlyDataset = readShippedJson(extensionFileUrl(DATASET_FILE)!);
  // Taken by whoever needs the dataset first; a failed read is reported there, not here.
  earlyDataset.catch(() => undefined);
}
