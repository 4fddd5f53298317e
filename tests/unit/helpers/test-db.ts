import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LensDB } from '../../../data/db';
import type { Dataset } from '../../../core/types';

let n = 0;
/** A fresh, isolated database on fake-indexeddb (real Dexie, in-memory IndexedDB). */
export function makeTestDb(factory = new IDBFactory()): LensDB {
  return new LensDB(`test-${++n}`, { indexedDB: factory, IDBKeyRange });
}

export const tinyDataset: Dataset = {
  entities: [
    { id: 'xi-jinping', name: 'Xi Jinping', type: 'person', side: 'china', description: 'President of China.', aliases: [{ text: 'Xi Jinping', lang: 'en' }] },
    { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', side: 'russia', description: 'President of Russia.', aliases: [{ text: 'Vladimir Putin', lang: 'en' }] },
    { id: 'samarkand', name: 'Samarkand', type: 'place', side: 'other', description: 'City in Uzbekistan.', aliases: [{ text: 'Samarkand', lang: 'en' }] },
  ],
  events: [
    { id: '2022-09-15-samarkand', date: '2022-09-15', kind: 'meeting', title: 'Xi and Putin meet in Samarkand', summary: 'They met at the SCO summit.', entities: ['xi-jinping', 'vladimir-putin', 'samarkand'], sources: ['https://example.org/a'] },
    { id: '2023-03-20-moscow', date: '2023-03-20', endDate: '2023-03-22', kind: 'state-visit', title: 'Xi visits Moscow', summary: 'State visit.', entities: ['xi-jinping', 'vladimir-putin'], sources: ['https://example.org/b'] },
  ],
};
