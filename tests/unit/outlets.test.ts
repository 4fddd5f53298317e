/** The outlet table (data/outlets.json): every source host in the dataset is in it, and it is well formed. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupSources, hostOf, normalizeHost, outletFor, outletTableProblems, type OutletTable } from '../../data/outlets';
import { datasetSourceUrls } from '../../scripts/dataset-source-urls';

const root = join(__dirname, '..', '..');
const raw = readFileSync(join(root, 'data', 'outlets.json'), 'utf8');
const table = JSON.parse(raw) as OutletTable;
/** Keys as written, duplicates included (JSON.parse would silently keep the last). */
const keysInFile = [...raw.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1]!);

describe('outlet table', () => {
  it('is well formed: sorted, no duplicates, normalised hosts, valid types, languages and countries', () => {
    expect(keysInFile.length).toBe(Object.keys(table).length);
    expect(outletTableProblems(table, keysInFile)).toEqual([]);
  });

  it('reports what is wrong with a badly formed table', () => {
    const bad = { 'www.b.com': { type: 'blog' }, 'a.com': { type: 'wire', name: { en: '' }, country: 'usa' } } as unknown as OutletTable;
    const problems = outletTableProblems(bad, ['www.b.com', 'a.com', 'a.com']);
    expect(problems).toEqual(expect.arrayContaining([
      'hosts are not in sorted order',
      'a.com: listed twice',
      'www.b.com: not a normalised host (b.com)',
      "www.b.com: type 'blog' is not one of official, state-media, wire, newspaper, scholarly, reference, aggregator, other",
      'a.com: a name needs its English form',
      'a.com: country must be an ISO 3166 code',
    ]));
  });

  it('classifies every source host in the dataset (new hosts: scripts/outlets-add-hosts.ts, then name and type them)', () => {
    const urls = datasetSourceUrls();
    expect(urls.length).toBeGreaterThan(1000);
    const unknown = [...new Set(urls.map(hostOf).filter((h): h is string => !!h && !table[h]))].sort();
    expect(unknown).toEqual([]);
  });

  it('classifies the outlets it is sure of', () => {
    const type = (host: string) => table[host]?.type;
    expect(type('kremlin.ru')).toBe('official');
    expect(type('en.kremlin.ru')).toBe('official');
    expect(type('fmprc.gov.cn')).toBe('official');
    expect(type('tass.ru')).toBe('state-media');
    expect(type('tass.com')).toBe('state-media');
    expect(type('xinhuanet.com')).toBe('state-media');
    expect(type('en.people.cn')).toBe('state-media');
    expect(type('reuters.com')).toBe('wire');
    expect(type('apnews.com')).toBe('wire');
    expect(type('en.wikipedia.org')).toBe('reference');
    expect(type('urdupoint.com')).toBe('aggregator');
    expect(table['tass.ru']?.name).toEqual({ en: 'TASS', zh: '塔斯社', ru: 'ТАСС' });
    expect(table['en.people.cn']?.languages).toEqual(['en']);
  });
});

describe('host normalisation', () => {
  it('merges case, trailing dots and www./m./amp. variants', () => {
    expect(normalizeHost('EN.People.CN.')).toBe('en.people.cn');
    expect(normalizeHost('www.reuters.com')).toBe('reuters.com');
    expect(normalizeHost('m.scmp.com')).toBe('scmp.com');
    expect(normalizeHost('amp.ura.news')).toBe('ura.news');
    expect(normalizeHost('zh.m.wikipedia.org')).toBe('zh.wikipedia.org');
    // A two-label domain is never cut down to its suffix.
    expect(normalizeHost('m.ru')).toBe('m.ru');
    expect(hostOf('https://www.tass.com./politics/1')).toBe('tass.com');
    expect(hostOf('javascript:alert(1)')).toBeUndefined();
  });

  it('finds a host through its parent domain when the table lacks it', () => {
    const t: OutletTable = { 'gov.cn': { type: 'official', country: 'CN' } };
    expect(outletFor(t, 'https://new.sub.gov.cn/x')?.outlet?.type).toBe('official');
    expect(outletFor(t, 'https://example.org/x')).toEqual({ host: 'example.org' });
  });

  it('groups sources by site and drops duplicates', () => {
    const groups = groupSources(table, [
      'http://en.people.cn/n3/2023/0321/c90000-1.html',
      'http://en.people.cn./n3/2023/0321/c90000-1.html',
      'http://en.people.cn/n3/2023/0322/c90000-2.html',
      'https://www.reuters.com/world/a',
      'https://reuters.com/world/a/',
    ]);
    expect(groups.map((g) => [g.host, g.urls.length, g.outlet?.type])).toEqual([
      ['en.people.cn', 2, 'state-media'],
      ['reuters.com', 1, 'wire'],
    ]);
  });
});
