/**
 * The background reads the bundled dataset from the file the build writes (dataset.json.gz), once per worker
 * life; a failed read is tried again, and seeding reads it only when the database is not current.
 */
import 'fake-indexeddb/auto';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { readShippedJson } from '../../lib/background/early-file-reads';
import { bundledData, useBundledDatasetSource } from '../../lib/background/bundled-dataset';
import { datasetVersion } from '../../data/dataset-version';
import { seedDatabase } from '../../data/seed';
import { makeTestDb } from './helpers/test-db';
import { miniDataset } from '../fixtures/linking/mini-dataset';

const fetchOf = (body: Uint8Array, status = 200) => (async () => new Response(new Blob([new Uint8Array(body)]), { status })) as unknown as typeof fetch;

describe('the bundled dataset file', () => {
  afterEach(() => useBundledDatasetSource(async () => miniDataset));

  it('is read from gzipped JSON as the build writes it', async () => {
    const bytes = gzipSync(JSON.stringify(miniDataset));
    expect(await readShippedJson('chrome-extension://x/dataset.json.gz', fetchOf(bytes))).toEqual(miniDataset);
    await expect(readShippedJson('chrome-extension://x/dataset.json.gz', fetchOf(new Uint8Array(), 404))).rejects.toThrow(/404/);
  });

  it('is read once, with its version, and read again after a failure', async () => {
    let reads = 0;
    useBundledDatasetSource(async () => {
      reads++;
      if (reads === 1) throw new Error('file missing');
      return miniDataset;
    });
    await expect(bundledData()).rejects.toThrow('file missing');
    const first = await bundledData();
    const second = await bundledData();
    expect(first).toBe(second);
    expect(reads).toBe(2);
    expect(first.version).toBe(datasetVersion(miniDataset));
  });

  it('is read for seeding only when the database is not current', async () => {
    const db = makeTestDb();
    let reads = 0;
    const read = async () => {
      reads++;
      return miniDataset;
    };
    expect((await seedDatabase(db, read, 'v1')).seeded).toBe(true);
    expect(reads).toBe(1);
    const again = await seedDatabase(db, read, 'v1');
    expect(again).toMatchObject({ seeded: false, events: miniDataset.events.length, entities: miniDataset.entities.length });
    expect(reads).toBe(1);
  });
});
