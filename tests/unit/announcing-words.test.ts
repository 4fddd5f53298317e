/** The announcing words are data: their format, and what the finder makes of them. */
import { describe, expect, it } from 'vitest';
import words from '../../core/data/announcing-words.json';
import { findAnnouncements } from '../../core/announcements';

describe('core/data/announcing-words.json', () => {
  it('has a non-empty list per language of lower-case, distinct, non-blank words', () => {
    for (const lang of ['en', 'zh', 'ru'] as const) {
      const list = words[lang];
      expect(list.length, lang).toBeGreaterThan(0);
      for (const w of list) {
        expect(w.trim().length, `${lang}: '${w}'`).toBeGreaterThan(0);
        expect(w, `${lang}: '${w}'`).toBe(w.toLowerCase());
      }
      expect(new Set(list).size, lang).toBe(list.length);
    }
    expect(Object.keys(words).sort()).toEqual(['about', 'en', 'ru', 'zh']);
  });
  it('finds them as kind-less cues with exact offsets, in any case', () => {
    const text = 'Putin will attend the Upcoming BRICS summit; 习近平将出席峰会; Предстоящий визит.';
    const cues = findAnnouncements(text);
    for (const c of cues) {
      expect(c.announces).toBe(true);
      expect(c.kinds).toEqual([]);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    expect(cues.map((c) => c.text.toLowerCase())).toEqual(expect.arrayContaining(['will', 'upcoming', '将', '出席', 'предстоящ']));
  });
});
