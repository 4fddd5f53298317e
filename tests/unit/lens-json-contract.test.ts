/**
 * The JSON contract of `lens events --json` and `lens entities --json` for tools and tests: each event with
 * its Chinese and Russian title and summary, each entity with names, aliases and descriptions in three
 * languages (the functions the CLI prints with, over the bundled dataset).
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { entityJson, eventJson } from '../../scripts/lens-events';

describe('lens JSON contract', () => {
  it('gives every event its sources and both translations', () => {
    const events = dataset.events.map(eventJson) as Array<{ sources: string[]; translations: Record<string, { title?: string; summary?: string }> }>;
    expect(events.length).toBeGreaterThanOrEqual(1000);
    for (const e of events) {
      expect(e.sources.length).toBeGreaterThan(0);
      for (const lang of ['zh', 'ru']) {
        expect(e.translations[lang]?.title).toBeTruthy();
        expect(e.translations[lang]?.summary).toBeTruthy();
      }
    }
  });

  it('gives every entity names, aliases and descriptions in English, Chinese and Russian', () => {
    const entities = dataset.entities.map(entityJson);
    expect(entities.length).toBeGreaterThanOrEqual(800);
    for (const e of entities) {
      expect(e.description).toBeTruthy();
      expect(e.translations.zh?.description).toBeTruthy();
      expect(e.translations.ru?.description).toBeTruthy();
      expect(new Set(e.aliases.map((a) => a.lang))).toEqual(new Set(['en', 'zh', 'ru']));
    }
  });
});
