import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createScanHandlers } from '../../lib/background/scan-handlers';
import { makeTestDb, tinyDataset } from './helpers/test-db';
import { toggleSaved } from '../../data/user-data/saved';
import { saveNote } from '../../data/user-data/notes';
import type { RequestOf, ResponseOf } from '../../lib/messages';

/** 'entity-card' with `userState`: the card's events and the reader's stars and notes on them in one answer. */
describe('entity-card with the reader state', () => {
  it('brings the stars and notes of the events it answers, and the note on the entity', async () => {
    const db = makeTestDb();
    const scan = createScanHandlers({ db: () => db, data: tinyDataset, version: 'test' });
    const card = (req: RequestOf<'entity-card'>) => scan.handlers['entity-card']!(req, {}) as Promise<ResponseOf<'entity-card'>>;
    const plain = await card({ entityId: 'xi-jinping', limit: 4, pageEvents: ['2023-03-20-moscow'] });
    expect(plain!.userState).toBeUndefined();
    expect(plain!.inArticle!.map((e) => e.id)).toEqual(['2023-03-20-moscow']);
    expect(plain!.events.map((e) => e.id)).toEqual(['2022-09-15-samarkand']);

    await toggleSaved(db, '2022-09-15-samarkand');
    await saveNote(db, { type: 'event', id: '2023-03-20-moscow' }, 'first state visit of the term');
    await saveNote(db, { type: 'entity', id: 'xi-jinping' }, 'check the readouts');
    const withState = await card({ entityId: 'xi-jinping', limit: 4, pageEvents: ['2023-03-20-moscow'], userState: true });
    expect(withState!.events.map((e) => e.id)).toEqual(plain!.events.map((e) => e.id));
    expect(withState!.userState).toEqual({
      saved: ['2022-09-15-samarkand'],
      notes: { '2023-03-20-moscow': 'first state visit of the term' },
      entityNote: 'check the readouts',
    });
    // The same as the separate 'user-state' question the card asked before.
    const { readUserState } = await import('../../lib/background/user-state');
    expect(await readUserState(db, ['2023-03-20-moscow', '2022-09-15-samarkand'], 'xi-jinping')).toEqual(withState!.userState);
  });
});
