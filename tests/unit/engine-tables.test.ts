/**
 * The engine tables shipped with the extension (engine-tables.bin): an engine restored from them, through
 * the very bytes the build writes, answers exactly as one built from the dataset, on every real excerpt
 * of the linking collection, with and without a reader's own events; a file for another dataset, or a
 * damaged or truncated one, is refused (the worker then builds as before).
 */
import { describe, expect, it } from 'vitest';
import { dataset, DATASET_VERSION } from '../../data/dataset';
import { createEngine, type EngineTables } from '../../core/engine';
import type { Dataset, Event } from '../../core/types';
import { engineTablesBytes, engineTablesFromBytes, fetchShippedTables } from '../../lib/background/shipped-tables';
import { createScanHandlers } from '../../lib/background/scan-handlers';
import { loadLinkingCorpus } from '../../scripts/eval-linking';
import { makeTestDb } from './helpers/test-db';
import { gzipSync } from 'node:zlib';

const bytes = engineTablesBytes(dataset, DATASET_VERSION);
const buffer = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const shipped = engineTablesFromBytes(buffer(bytes), DATASET_VERSION)!;
/** Fresh arrays: the engine module caches its parts per array, so each engine here is built on its own. */
const fresh = (extra: Event[] = []): Dataset => ({ entities: [...dataset.entities], events: [...dataset.events, ...extra] });
const corpus = loadLinkingCorpus();

const own = (id: string, keywords?: string[]): Event => ({
  id, date: '2024-05-16', kind: 'meeting', title: 'Talks on the Harbin expo', summary: 'Putin and Xi Jinping opened the expo in Harbin.',
  entities: ['xi-jinping', 'vladimir-putin'], sources: [], own: true, ...(keywords ? { keywords } : {}),
});

function expectSameAnswers(data: () => Dataset, tables: EngineTables) {
  const built = createEngine(data());
  const restored = createEngine(data(), undefined, tables);
  expect(built.restored).toBe(false);
  for (const item of corpus) {
    expect(restored.scan(item.text, item.published), item.file).toEqual(built.scan(item.text, item.published));
  }
  const ids = [...new Set(corpus.flatMap((item) => built.scan(item.text, item.published).analysis.entities.map((e) => e.id)))].slice(0, 40);
  for (const id of ids) expect(restored.cardEvents(id, [])).toEqual(built.cardEvents(id, []));
  return { built, restored };
}

describe('shipped engine tables', () => {
  it('decode to tables for this dataset only', () => {
    expect(shipped.words.ids.length).toBe(dataset.events.length);
    expect(engineTablesFromBytes(buffer(bytes), 'another-version')).toBeUndefined();
  });

  it(`an engine restored from them answers exactly as a built one on the ${corpus.length} real excerpts`, () => {
    const { restored } = expectSameAnswers(() => fresh(), shipped);
    expect(restored.restored).toBe(true);
    expect(corpus.length).toBeGreaterThan(100);
  }, 180_000);

  it("with a reader's own events (with and without keywords of their own) too, and finds them", () => {
    const extra = [own('own-plain'), own('own-keyword', ['Zzyzx accord'])];
    const { restored } = expectSameAnswers(() => fresh(extra), shipped);
    expect(restored.analyze('the Zzyzx accord').cues.some((c) => c.events?.includes('own-keyword'))).toBe(true);
    expect(restored.events.some((e) => e.id === 'own-plain')).toBe(true);
  }, 180_000);

  it('a damaged, truncated or foreign file is refused', () => {
    const flipped = bytes.slice();
    flipped[bytes.length - 100] ^= 0x40;
    expect(engineTablesFromBytes(buffer(flipped), DATASET_VERSION)).toBeUndefined();
    const inHeader = bytes.slice();
    inHeader[40] ^= 0x01;
    expect(engineTablesFromBytes(buffer(inHeader), DATASET_VERSION)).toBeUndefined();
    expect(engineTablesFromBytes(buffer(bytes.slice(0, bytes.length - 8)), DATASET_VERSION)).toBeUndefined();
    expect(engineTablesFromBytes(new ArrayBuffer(3), DATASET_VERSION)).toBeUndefined();
    expect(engineTablesFromBytes(buffer(new TextEncoder().encode('{"not":"tables"}')), DATASET_VERSION)).toBeUndefined();
  });

  it('malformed tables that decode (wrong shapes) build the engine instead of restoring a wrong one', () => {
    const bad = { ...shipped, alias: { ...shipped.alias, targetStart: new Uint32Array(3) }, cues: { ...shipped.cues, targets: [] } };
    const e = createEngine(fresh(), undefined, bad);
    expect(e.restored).toBe(false);
    expect(e.analyze('Putin met Xi Jinping in Beijing').references.map((r) => r.entityId)).toEqual(
      createEngine(fresh()).analyze('Putin met Xi Jinping in Beijing').references.map((r) => r.entityId),
    );
  }, 60_000);

  it('the background takes them from its own file; without one it builds as before', async () => {
    const served = (body: Uint8Array | null) => (async () => (body ? new Response(buffer(body)) : new Response('', { status: 404 }))) as typeof fetch;
    expect(await fetchShippedTables('engine-tables.bin', DATASET_VERSION, served(null))).toBeUndefined();
    // The file as the build writes it: gzipped; an unzipped or damaged one is refused.
    expect(await fetchShippedTables('engine-tables.bin', DATASET_VERSION, served(bytes))).toBeUndefined();
    // Copies, not Buffer views (a Buffer's slice shares its bytes).
    const gz = Uint8Array.from(gzipSync(bytes));
    // Read through gzip, whose check the inflater makes (the file's own checksum is then not summed again):
    // a flipped byte, a wrong CRC-32 or a cut file are refused there.
    const flipped = gz.slice();
    flipped[Math.floor(gz.length / 2)] ^= 0x10;
    const badCrc = gz.slice();
    badCrc[gz.length - 6] ^= 0x01;
    for (const damaged of [flipped, badCrc, gz.slice(0, gz.length - 1000)]) {
      expect(await fetchShippedTables('engine-tables.bin', DATASET_VERSION, served(damaged))).toBeUndefined();
    }
    const tables = await fetchShippedTables('engine-tables.bin', DATASET_VERSION, served(gz));
    expect(tables).toBeDefined();
    const woken = createScanHandlers({ db: () => makeTestDb(), data: fresh(), version: DATASET_VERSION, shippedTables: async () => tables });
    const e = await woken.engine();
    expect(e.restored).toBe(true);
    const text = corpus[0].text;
    expect(e.scan(text, corpus[0].published)).toEqual(createEngine(fresh()).scan(text, corpus[0].published));
  }, 60_000);
});
