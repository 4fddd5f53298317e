import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReferenceFinder } from '../../core/reference-finder';
import { buildMatcher } from '../../core/matcher';
import type { Entity } from '../../core/types';
import { APOSTROPHE, UPPER, WORD, charFlags, foldString } from '../../core/fold';

const FRAGMENTS = ['Путина', 'Россией', '習近平', '哈爾濱', 'Xi', 'Xi Jinping', 'Putin', 'Путин', 'Россия', 'Китай', '习近平', '普京', '中俄', 'SCO', 'China', 'İ', 'ß', "'", '’', '-', ' ', 'a', 'Ё', '\uD83D', '\uDE00', '😀'];

const entities: Entity[] = [
  { id: 'xi-jinping', name: 'Xi Jinping', type: 'person', side: 'china', description: '', aliases: [
    { text: 'Xi Jinping', lang: 'en' }, { text: 'Xi', lang: 'en', ambiguous: true, caseSensitive: true }, { text: '习近平', lang: 'zh' }] },
  { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', side: 'russia', description: '', aliases: [
    { text: 'Putin', lang: 'en' }, { text: '普京', lang: 'zh' }, { text: 'Путин', lang: 'ru' }] },
  { id: 'china', name: 'China', type: 'place', side: 'china', description: '', aliases: [
    { text: 'China', lang: 'en', caseSensitive: true, ambiguous: true }, { text: 'Китай', lang: 'ru' }, { text: '中俄', lang: 'zh' }] },
  { id: 'russia', name: 'Russia', type: 'place', side: 'russia', description: '', aliases: [{ text: 'Россия', lang: 'ru' }, { text: 'İstanbul-ß', lang: 'en' }] },
  { id: 'sco', name: 'SCO', type: 'organisation', side: 'both', description: '', aliases: [{ text: 'SCO', lang: 'en', ambiguous: true }] },
];
const finder = buildReferenceFinder(entities);

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const texts = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: anyUnit, maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 60 }).map((a) => a.join('')),
);

describe('reference finder properties', () => {
  it('never throws; offsets slice to the text; sorted, non-overlapping; deterministic', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const refs = finder.find(text);
        let last = 0;
        for (const r of refs) {
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(r.end).toBeGreaterThan(r.start);
          expect(text.slice(r.start, r.end)).toBe(r.text);
          last = r.end;
        }
        expect(finder.find(text)).toEqual(refs);
      }),
      { numRuns: 1500 },
    );
  });

  it('finds an alias wherever it stands alone between spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('Putin', '习近平', 'Путин'), (a, b, alias) => {
        const text = `${a} ${alias} ${b}`;
        const at = a.length + 1;
        const covering = finder.find(text).filter((r) => r.start <= at && r.end >= at + alias.length);
        // Either the alias itself, or a longer match that swallowed it (e.g. '中俄' next to a random '中').
        expect(covering.length === 1 || alias === '习近平').toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  it('agrees with a brute-force leftmost-longest search (dense and CJK classes, no word boundaries)', () => {
    const alphabet = ['中', '国', '俄', '-', '.', '+'];
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (patterns, chars) => {
        const text = chars.join('');
        const got = buildMatcher(patterns.map((p) => ({ text: p }))).scan(text).map((m) => [m.start, m.end]);
        const hits: [number, number][] = [];
        for (let i = 0; i < text.length; i++) for (const p of patterns) if (text.startsWith(p, i)) hits.push([i, i + p.length]);
        hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
        const want: [number, number][] = [];
        let end = 0;
        for (const h of hits) if (h[0] >= end) { want.push(h); end = h[1]; }
        expect(got).toEqual(want);
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees with a brute-force search that checks word edges, apostrophes and case at every position', () => {
    // Word letters, every apostrophe variant (they fold alike but differ as word characters), CJK, spaces.
    const alphabet = ['a', 'A', 's', 'S', 'b', "'", '’', 'ʼ', '‘', '`', ' ', '-', '中', 'ы', 'Ы'];
    const flags = charFlags();
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
    const specs = fc.uniqueArray(fc.record({ text: word, caseSensitive: fc.boolean() }), { minLength: 1, maxLength: 8, selector: (p) => p.text });
    const isWord = (t: string, i: number) => i >= 0 && i < t.length && (flags[t.charCodeAt(i)] & WORD) !== 0;
    const isApos = (t: string, i: number) => i >= 0 && i < t.length && (flags[t.charCodeAt(i)] & APOSTROPHE) !== 0;
    fc.assert(
      fc.property(specs, fc.array(fc.constantFrom(...alphabet), { maxLength: 50 }), (patterns, chars) => {
        const text = chars.join('');
        const got = buildMatcher(patterns).scan(text).map((m) => [m.start, m.end, m.aliasIndex]);
        const hits: [number, number, number][] = [];
        patterns.forEach((p, pi) => {
          const f = foldString(p.text);
          for (let i = 0; i + f.length <= text.length; i++) {
            const end = i + f.length;
            if (foldString(text.slice(i, end)) !== f) continue;
            if (p.caseSensitive && [...Array(f.length).keys()].some((k) => (flags[text.charCodeAt(i + k)] & UPPER) !== (flags[p.text.charCodeAt(k)] & UPPER))) continue;
            if (isWord(f, 0) && (isWord(text, i - 1) || (isApos(text, i - 1) && isWord(text, i - 2)))) continue;
            if (isWord(f, f.length - 1)) {
              if (isWord(text, end)) continue;
              const possessive = foldString(text.charAt(end + 1)) === 's' && !isWord(text, end + 2);
              if (isApos(text, end) && isWord(text, end + 1) && !possessive) continue;
            }
            hits.push([i, end, pi]);
          }
        });
        hits.sort((a, b) => a[0] - b[0] || b[1] - a[1] || a[2] - b[2]);
        const want: [number, number, number][] = [];
        let last: [number, number, number] | null = null;
        for (const h of hits) {
          if (last && h[0] === last[0] && h[1] === last[1]) want.push(h);
          else if (!last || h[0] >= last[1]) want.push((last = h));
        }
        expect(got).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });
});
