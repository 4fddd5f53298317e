/**
 * Imported first by the background script: a woken worker asks for its shipped engine tables as its bundle
 * starts evaluating, so the file is read and inflated while the rest of the bundle (the inlined dataset, the
 * core) evaluates, instead of after the first page's message arrives. No heavy imports here on purpose.
 */
export const ENGINE_TABLES_FILE = 'engine-tables.bin';

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

let early: Promise<ArrayBuffer | undefined> | undefined;

/** The read started at evaluation, once (later callers read the file themselves). */
export function takeEarlyTableRead(): Promise<ArrayBuffer | undefined> | undefined {
  const read = early;
  early = undefined;
  return read;
}

type Api = { runtime?: { getURL?: (path: string) => string; id?: string } };
const g = globalThis as { browser?: Api; chrome?: Api };
const runtime = g.browser?.runtime ?? g.chrome?.runtime;
// Only inside the extension (not in tests, the CLI or the build's own import of the entrypoint).
if (typeof runtime?.getURL === 'function' && runtime.id && typeof fetch === 'function' && typeof DecompressionStream === 'function') {
  early = readShippedTableBytes(runtime.getURL(`/${ENGINE_TABLES_FILE}`));
}
