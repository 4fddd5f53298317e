/** Format of lib/article/hints.json: lowercase words, no duplicates, rail titles in all three languages. */
import { describe, expect, it } from 'vitest';
import hints from '../../lib/article/hints.json';

describe('lib/article/hints.json', () => {
  it('has lowercase, unique, non-empty word lists', () => {
    for (const key of ['positive', 'negative', 'railTitles'] as const) {
      const list = hints[key];
      expect(list.length, key).toBeGreaterThan(5);
      expect(new Set(list).size, `${key} has duplicates`).toBe(list.length);
      for (const w of list) {
        expect(w, key).toBe(w.toLowerCase().trim());
        expect(w.length, key).toBeGreaterThan(0);
      }
    }
    for (const w of [...hints.positive, ...hints.negative]) expect(w, 'class/id words are ASCII or Cyrillic tokens').toMatch(/^[a-z0-9а-яё-]+\*?$/);
    expect(hints.positive.filter((w) => hints.negative.includes(w))).toEqual([]);
  });

  it('names rails in English, Chinese and Russian', () => {
    expect(hints.railTitles.some((t) => /^[a-z' ]+$/.test(t))).toBe(true);
    expect(hints.railTitles.some((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true);
    expect(hints.railTitles.some((t) => /[а-яё]/.test(t))).toBe(true);
  });
});
