/**
 * The compact index (lib/search/compact-index.ts) must answer exactly as the MiniSearch index it replaced:
 * same documents, same scores, same matched terms, for every keystroke of real queries on the real dataset.
 * MiniSearch stays here as the reference.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MiniSearch, { type Query } from 'minisearch';
import { dataset } from '../../data/dataset';
import { CompactIndex, type IndexHit } from '../../lib/search/compact-index';
import { entityNames } from '../../lib/search/documents';
import { EventSearch, type SearchSnapshot } from '../../lib/search/event-search';
import { toIndexKey } from '../../lib/search/index-key';
import { planQuery } from '../../lib/search/query-plan';
import { fuzzyTerms, prefixRange } from '../../lib/search/sorted-terms';
import { indexTerms } from '../../lib/search/tokenize';
import { Vocabulary } from '../../lib/search/vocabulary';
import { fxEntities, fxEvents } from '../fixtures/search-fixture';

const textOptions = (vocab: Vocabulary) => ({
  fields: ['title', 'keywords', 'summary'],
  tokenize: (t: string) => {
    const terms = indexTerms(t);
    vocab.add(terms);
    return terms;
  },
  processTerm: toIndexKey,
  searchOptions: { processTerm: toIndexKey, boost: { title: 3, keywords: 2, summary: 1 } },
});
const docs = dataset.events.map((ev) => ({
  id: ev.id,
  title: ev.title,
  keywords: [ev.date.slice(0, 4), ...(ev.keywords ?? [])].join(' \n '),
  summary: ev.summary,
}));
const vocab = new Vocabulary();
const reference = new MiniSearch<(typeof docs)[number]>(textOptions(vocab));
reference.addAll(docs);
const compact = CompactIndex.build(docs, textOptions(new Vocabulary()));

const entityOptions = {
  fields: ['names'],
  tokenize: (t: string) => [...new Set(indexTerms(t))],
  processTerm: toIndexKey,
  searchOptions: { processTerm: toIndexKey },
};
const entityDocs = dataset.entities.map((e) => ({ id: e.id, names: entityNames(e).join(' \n ') }));
const entityReference = new MiniSearch<(typeof entityDocs)[number]>(entityOptions);
entityReference.addAll(entityDocs);
const entityCompact = CompactIndex.build(entityDocs, entityOptions);

/** Every keystroke of these, planned as the popup plans them. */
const TYPED = ['Samarkand', 'samarcand', 'putin moscow', 'Путин', 'Путина', 'Сила Сибири', '普京', '上合组织', '中俄', 'power of siberia',
  'xi jinping state visit', 'gas pipeline', 'treaty good neighbourliness', 'joint naval exercise', '1969 border', 'sco', 'un security council',
  'Шанхайская организация', 'нефтепровод', 'Heihe bridge', 'brics', 'yuan payments', 'arctic lng', 'Лавров', '王毅', 'rosatom tianwan'];
const keystrokes = [...new Set(TYPED.flatMap((q) => Array.from(q).map((_, i) => Array.from(q).slice(0, i + 1).join(''))))];
const queries: Query[] = keystrokes.flatMap((k) => planQuery(k, vocab)?.map((w) => w.query) ?? []);

type Answer = Map<string, { score: number; terms: string[] }>;
/** Each matched term with the fields it was found in ('term title,summary'): mention-matches.ts reads them. */
const fromReference = (ms: MiniSearch, q: Query): Answer =>
  new Map(ms.search(q).map((r) => [r.id as string, { score: r.score, terms: r.terms.map((t) => `${t} ${[...r.match[t]].sort().join(',')}`).sort() }]));
const withFields = (ix: CompactIndex, hits: IndexHit[]): Answer => {
  const names = ['title', 'keywords', 'summary', 'names'].filter((f) => ix.fieldBit(f));
  const fieldsOf = (bits: number) => names.filter((f) => bits & ix.fieldBit(f)).sort().join(',');
  return new Map(hits.map((r) => [r.id, { score: r.score, terms: r.terms.map((t, i) => `${t} ${fieldsOf(r.fieldBits[i])}`).sort() }]));
};
const fromCompact = (ix: CompactIndex, q: Query): Answer => withFields(ix, ix.search(q));

function expectSame(a: Answer, b: Answer, label: string) {
  expect([...a.keys()].sort(), label).toEqual([...b.keys()].sort());
  for (const [id, x] of a) {
    const y = b.get(id)!;
    // Equal up to the order floating-point additions happen in (MiniSearch walks prefixes in tree order).
    expect(Math.abs(x.score - y.score), `${label} ${id}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y.score)));
    expect(x.terms, `${label} ${id}`).toEqual(y.terms);
  }
}

describe('the compact index answers as MiniSearch does', () => {
  it('on the real dataset’s events, every keystroke of real queries', () => {
    expect(queries.length).toBeGreaterThan(200);
    let nonEmpty = 0;
    for (const q of queries) {
      const want = fromReference(reference, q);
      if (want.size > 0) nonEmpty++;
      expectSame(fromCompact(compact, q), want, JSON.stringify(q));
    }
    expect(nonEmpty).toBeGreaterThan(150);
  });

  it('on the real dataset’s entity names', () => {
    for (const q of queries) expectSame(fromCompact(entityCompact, q), fromReference(entityReference, q), JSON.stringify(q));
  });

  it('with fuzzy ratios, AND, field choices and weights too', () => {
    const extra: Query[] = [
      { queries: ['pipline', 'gaz'], fuzzy: 0.3, prefix: true, combineWith: 'AND' },
      { queries: ['moscow', 'beijing'], combineWith: 'AND_NOT' },
      { queries: ['summit'], fields: ['title'], weights: { prefix: 0.5, fuzzy: 0.2 }, prefix: true, fuzzy: 2 },
      'putin state visit',
    ];
    for (const q of extra) expectSame(fromCompact(compact, q), fromReference(reference, q), JSON.stringify(q));
  });

  it('limited to candidate documents, gives those documents the scores the whole index gives them', () => {
    const within = new Set(compact.documentIds.map((_, i) => i).filter((i) => i % 3 === 0));
    for (const q of queries.slice(0, 120)) {
      const all = fromCompact(compact, q);
      const some = withFields(compact, compact.search(q, within));
      const want = new Map([...all].filter(([id]) => within.has(compact.docOf(id)!)));
      expectSame(some, want, JSON.stringify(q));
    }
  });
});

describe('sorted-term lookups', () => {
  const lev = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
  };
  it('fuzzyTerms finds exactly the terms within the distance, with their distances', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 7 }), { maxLength: 60 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 3 }), (words, q, max) => {
        const terms = [...words].sort();
        const got = fuzzyTerms(terms, q, max).map(([i, d]) => `${terms[i]}:${d}`);
        const want = terms.filter((t) => lev(q, t) <= max).map((t) => `${t}:${lev(q, t)}`);
        expect(got).toEqual(want);
      }),
    );
  });
  it('prefixRange covers exactly the terms with the prefix', () => {
    const terms = ['a', 'ab', 'abc', 'abd', 'b', 'ba'];
    expect(prefixRange(terms, 'ab')).toEqual([1, 4]);
    expect(prefixRange(terms, 'c')).toEqual([6, 6]);
  });
});

describe('the stored index', () => {
  const all = new EventSearch(dataset.events, dataset.entities);
  const answer = (s: EventSearch, q: string) => s.search(q, {}, Infinity).hits.map((h) => `${h.event.id} ${h.score} ${[...h.terms].sort().join(',')}`);

  it('survives a structured clone (what IndexedDB does) and answers every keystroke identically on the real dataset', () => {
    const stored = structuredClone(all.toSnapshot()) as SearchSnapshot;
    const loaded = new EventSearch(dataset.events, dataset.entities).useSnapshot(stored);
    for (const q of keystrokes) expect(answer(loaded, q), q).toEqual(answer(all, q));
    expect(loaded.preparedFrom).toBe('stored');
  });

  it('that is corrupt or from other events is dropped and the index built, with the same answers', () => {
    // The fixture: one build per broken snapshot, and the real dataset's build is slow on a busy machine.
    const all = new EventSearch(fxEvents, fxEntities);
    const good = () => structuredClone(all.toSnapshot()) as SearchSnapshot;
    const breakers: ((s: SearchSnapshot) => void)[] = [
      (s) => (s.text.docs = s.text.docs.subarray(1)),
      (s) => (s.text.docs[5] = 1e9),
      (s) => (s.text.offsets[3] = 4e9),
      (s) => (s.text.ids = s.text.ids.split('\n').reverse().join('\n')),
      (s) => ((s.entities as { index: unknown }).index = null),
      (s) => (s.vocab.counts = new Uint32Array(2)),
      (s) => ((s as { text: unknown }).text = 'garbage'),
    ];
    for (const [i, breakIt] of breakers.entries()) {
      const s = good();
      breakIt(s);
      const loaded = new EventSearch(fxEvents, fxEntities).useSnapshot(s);
      for (const q of ['samarkand', 'Путин', '普京', 'power of sib', 'sa']) expect(answer(loaded, q), `${i} ${q}`).toEqual(answer(all, q));
      expect(loaded.preparedFrom, String(i)).toBe('built');
    }
  });
});
