import { describe, expect, it } from 'vitest';
import { EventSearch, SNAPSHOT_FORMAT, type SearchSnapshot } from '../../lib/search/event-search';
import { indexTerms, queryTerms } from '../../lib/search/tokenize';
import { highlight } from '../../lib/search/highlight';
import { relatedEvents } from '../../lib/search/related';
import { stemRu } from '../../lib/search/normalize';
import { fromIndexKey, toIndexKey } from '../../lib/search/index-key';
import { fxEntities, fxEvents } from '../fixtures/search-fixture';

const search = new EventSearch(fxEvents, fxEntities);
const ids = (q: string, f = {}) => search.search(q, f).hits.map((h) => h.event.id);

describe('tokenizer', () => {
  it('folds case, ё and Latin diacritics, and stems Russian inflections to one key', () => {
    expect(indexTerms('Путина Путиным Путин')).toEqual(['путин', 'путин', 'путин']);
    expect(indexTerms('Ёлка')).toEqual(indexTerms('елка'));
    expect(indexTerms('Café São')).toEqual(['cafe', 'sao']);
    expect(new Set(['китай', 'китая', 'китаем', 'китаю'].map(stemRu)).size).toBe(1);
    expect(new Set(['россия', 'россии', 'россией'].map(stemRu)).size).toBe(1);
  });
  it('splits Han runs into characters, bigrams and segmenter words; queries use bigrams only', () => {
    const terms = indexTerms('上海合作组织');
    expect(terms).toEqual(expect.arrayContaining(['上海', '海合', '合作', '作组', '组织', '上', '织']));
    expect(queryTerms('上合')).toEqual(['上合']);
    expect(queryTerms('普')).toEqual(['普']);
    expect(queryTerms('Xi习近平')).toEqual(['xi', '习近', '近平']);
  });
});

describe('EventSearch', () => {
  it('finds by English, Russian and Chinese names, with prefixes and typos', () => {
    expect(ids('Samarkand')[0]).toBe('2022-09-15-samarkand-meeting');
    expect(ids('samarcand')[0]).toBe('2022-09-15-samarkand-meeting');
    expect(ids('puti')).toEqual(expect.arrayContaining(['2022-09-15-samarkand-meeting', '2023-03-20-xi-moscow', '2019-12-02-power-of-siberia']));
    for (const q of ['Путин', 'Путина', '普京', 'Пути']) expect(ids(q), q).toHaveLength(3);
    expect(ids('上合')).toEqual(expect.arrayContaining(['2022-09-15-samarkand-meeting', '2001-06-15-sco-founded']));
    expect(ids('上合')).toHaveLength(2);
    expect(ids('Самарканд')).toEqual(['2022-09-15-samarkand-meeting']);
    expect(ids('Сила Сибири').sort()).toEqual(['2014-05', '2019-12-02-power-of-siberia']);
  });
  it('needs every query word (AND) and ranks title matches first', () => {
    expect(ids('putin moscow')).toEqual(['2023-03-20-xi-moscow']);
    expect(ids('power of')).toEqual(ids('power'));
    expect(ids('power of siberia')).toEqual(ids('power siberia'));
    expect(ids('gas')[0]).toBe('2014-05'); // 'gas' in the title beats 'gas' in the summary
    expect(ids('nonexistentword')).toEqual([]);
    expect(ids('1969 clashes')).toEqual(['1969-03']);
    expect(ids('2022 putin')).toEqual(['2022-09-15-samarkand-meeting']);
  });
  it('does not expand a single Latin letter into every word that starts with it', () => {
    expect(search.search('p')).toEqual({ hits: [], total: 0, tooShort: true });
    expect(ids("Putin's")).toEqual(ids('putin'));
  });
  it('filters by kind, year range and entity, with or without a query', () => {
    expect(ids('putin', { kinds: ['energy'] })).toEqual(['2019-12-02-power-of-siberia']);
    expect(ids('', { fromYear: 2019, toYear: 2022 })).toEqual(['2022-09-15-samarkand-meeting', '2019-12-02-power-of-siberia']);
    expect(ids('', { entity: 'sco' })).toEqual(['2022-09-15-samarkand-meeting', '2001-06-15-sco-founded']);
    expect(ids('', {})).toHaveLength(fxEvents.length);
    expect(search.search('', {}, 2).total).toBe(fxEvents.length);
  });
  it('reports matched terms that mark the right words', () => {
    const hit = search.search('puti samark').hits[0];
    const marked = highlight(hit.event.title, hit.terms).filter((s) => s.mark).map((s) => s.text);
    expect(marked).toEqual(['Putin', 'Samarkand']);
    const ru = search.search('Путин').hits.find((h) => h.event.id === '2023-03-20-xi-moscow')!;
    expect(highlight(ru.event.summary, ru.terms).filter((s) => s.mark).map((s) => s.text)).toEqual(['Putin']);
    const zh = search.search('普京').hits[0];
    expect(highlight('普京和习近平', zh.terms)).toEqual([{ text: '普京', mark: true }, { text: '和习近平', mark: false }]);
    expect(highlight('普京在北京', zh.terms).filter((s) => s.mark).map((s) => s.text)).toEqual(['普京']);
  });
});

describe('highlight', () => {
  it('keeps the text intact and marks inflected Russian forms', () => {
    const segs = highlight('Визит Путина в Москву', ['путин', 'москв']);
    expect(segs.map((s) => s.text).join('')).toBe('Визит Путина в Москву');
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['Путина', 'Москву']);
    expect(highlight('nothing', [])).toEqual([{ text: 'nothing', mark: false }]);
  });
});

describe('relatedEvents', () => {
  it('prefers shared entities, then nearness in time', () => {
    const ev = search.byId.get('2023-03-20-xi-moscow')!;
    const rel = relatedEvents(ev, (id) => search.eventsOfEntity(id)).map((e) => e.id);
    expect(rel[0]).toBe('2022-09-15-samarkand-meeting');
    expect(rel).not.toContain(ev.id);
    expect(rel).not.toContain('1969-03');
  });
});

describe('stored index (snapshot)', () => {
  const queries = ['samarkand', 'samarcand', 'puti', 'Путин', 'Путина', '普京', '上合', 'sa', 'xi jinping', '1969 border', 'пу', 'gas pipeline'];
  const full = (s: EventSearch, q: string) => s.search(q, {}, Infinity).hits.map((h) => `${h.event.id} ${h.score.toFixed(6)} ${[...h.terms].sort().join(',')}`);

  it('answers every query exactly as the index it was made from, after a structured-clone round trip (what IndexedDB does)', () => {
    const stored = structuredClone(new EventSearch(fxEvents, fxEntities).toSnapshot()) as SearchSnapshot;
    const loaded = new EventSearch(fxEvents, fxEntities).useSnapshot(stored);
    expect(loaded.isPrepared).toBe(false);
    for (const q of queries) expect(full(loaded, q), q).toEqual(full(search, q));
    expect(loaded.isPrepared).toBe(true);
    expect(loaded.preparedFrom).toBe('stored');
    expect(full(loaded, 'samarkand').length).toBeGreaterThan(0);
  });

  it('ignores a snapshot of another format and builds instead', () => {
    const stale = { ...new EventSearch(fxEvents, fxEntities).toSnapshot(), format: SNAPSHOT_FORMAT + 1 };
    const s = new EventSearch(fxEvents, fxEntities).useSnapshot(stale);
    for (const q of queries) expect(full(s, q), q).toEqual(full(search, q));
  });
});

describe('index keys (how Han terms are spelled inside the radix tree)', () => {
  it('round-trips, leaves Latin and Cyrillic alone, and keeps prefixes', () => {
    for (const t of ['普京', '上合', '普', 'putin', 'путин', 'カタカナ', '한국', '1969']) expect(fromIndexKey(toIndexKey(t))).toBe(t);
    expect(toIndexKey('putin')).toBe('putin');
    expect(toIndexKey('путин')).toBe('путин');
    expect(toIndexKey('普京').startsWith(toIndexKey('普'))).toBe(true);
    // Every Han character starts with one of 64 keys: a radix node never has more children than that.
    for (const c of '普京上合习近平中俄') expect(toIndexKey(c).charCodeAt(0)).toBeLessThan(0xe040);
  });
  it('a one-character Han query still finds by prefix, and the marks come back as Han text', () => {
    const hits = search.search('普').hits;
    expect(hits.length).toBeGreaterThan(0);
    const terms = hits.flatMap((h) => h.terms);
    expect(terms.some((t) => t.startsWith('普'))).toBe(true);
    expect(terms.every((t) => !/[\ue000-\uf8ff]/.test(t))).toBe(true);
  });
});
