/** An office before a speaker's name is who speaks, not their appointment: the data's format and the rule on real sentences. */
import { describe, expect, it } from 'vitest';
import words from '../../core/data/speaker-titles.json';
import { isSpeakerTitle } from '../../core/speaker-titles';
import { dataset } from '../../data/dataset';
import { createEngine } from '../../core/engine';

const engine = createEngine(dataset);

describe('core/data/speaker-titles.json', () => {
  it('has non-empty lists of lower-case, distinct, non-blank words per language', () => {
    expect(Object.keys(words).sort()).toEqual(['about', 'speech', 'titles']);
    for (const group of [words.titles, words.speech]) {
      expect(Object.keys(group).sort()).toEqual(['en', 'ru', 'zh']);
      for (const lang of ['en', 'zh', 'ru'] as const) {
        const list = group[lang];
        expect(list.length, lang).toBeGreaterThan(0);
        for (const w of list) {
          expect(w.trim().length, `${lang}: '${w}'`).toBeGreaterThan(0);
          expect(w, `${lang}: '${w}'`).toBe(w.toLowerCase());
        }
        expect(new Set(list).size, lang).toBe(list.length);
      }
    }
  });
});

describe('an office before a speaker', () => {
  it('reads the office as the speaker only when someone speaks right after it', () => {
    const said = 'Посол России в Китае Игорь Моргулов заявил журналистам, что визит готовится.';
    expect(isSpeakerTitle(said, 0, 5)).toBe(true);
    const appointed = 'Игорь Моргулов назначен послом России в Китае указом президента.';
    const at = appointed.indexOf('послом');
    expect(isSpeakerTitle(appointed, at, at + 6)).toBe(false);
    const zh = '中国驻俄罗斯大使张汉晖表示，两国关系处于历史最好时期。';
    expect(isSpeakerTitle(zh, zh.indexOf('大使'), zh.indexOf('大使') + 2)).toBe(true);
  });

  it("'Ambassador Zhang Hanhui said' at a treaty reception does not link his appointment", () => {
    const text = '《中俄睦邻友好合作条约》签署纪念招待会在莫斯科举行。中国驻俄罗斯大使张汉晖表示，在条约精神指引下，中俄关系日臻成熟、稳固。';
    const { features, analysis } = engine.scan(text);
    expect(features.cues.filter((c) => c.events?.includes('2019-08-10-zhang-hanhui-ambassador'))).toEqual([]);
    expect(analysis.events.filter((e) => e.id === '2019-08-10-zhang-hanhui-ambassador' && e.tier !== 'possible')).toEqual([]);
  });

  it('a page that tells of the appointment still links it', () => {
    const text = '2019年8月，张汉晖被任命为中国驻俄罗斯大使，接替李辉。';
    expect(engine.scan(text).analysis.events[0]?.id).toBe('2019-08-10-zhang-hanhui-ambassador');
  });
});
