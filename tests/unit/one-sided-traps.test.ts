/**
 * One-sided pages and abbreviation traps (issue 13), from real sentences of the linking collection's
 * hard negatives (tests/corpus-linking/items/neg-*): a name holding '俄' (白俄罗斯, 俄亥俄) is not Russia,
 * and a story about one country that names the other once, even through a bilateral term, is not a
 * China–Russia story. The real abbreviations still count where they mean the country.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../core/engine';
import { dataset } from '../../data/dataset';

const engine = createEngine(dataset);
const item = (id: string) => readFileSync(join(__dirname, '..', 'corpus-linking', 'items', `${id}.txt`), 'utf8');
const russiaRefs = (text: string) => engine.scan(text).analysis.references.filter((r) => r.entityId === 'russia').map((r) => r.text);

describe('names that hold a one-character abbreviation', () => {
  it('白俄罗斯 / 白俄羅斯 (Belarus) is not Russia', () => {
    expect(russiaRefs('白俄罗斯总统亚历山大·卢卡申科宣布计划加深与中国的战略联系')).toEqual([]);
    expect(russiaRefs('這是盧卡申科作為白俄羅斯總統第7次來華訪問')).toEqual([]);
    for (const id of ['neg-zh-03-belarus-7th-visit', 'neg-zh-05-belarus-export-partner', 'neg-zh-06-belarus-state-visit']) {
      const { analysis } = engine.scan(item(id));
      expect(analysis.sinoRussian, id).toBe(false);
      expect(analysis.references.filter((r) => r.entityId === 'russia'), id).toEqual([]);
    }
  });

  it('俄亥俄州 (Ohio) is not Russia', () => {
    expect(russiaRefs('福耀设在俄亥俄州代顿市的汽车玻璃设计和制造公司')).toEqual([]);
    expect(engine.scan(item('neg-zh-10-ohio-investment')).analysis.sinoRussian).toBe(false);
  });

  it('中亚 and 中非 stories are about China and a region, not Russia', () => {
    for (const id of ['neg-zh-07-central-asia-summit-trad', 'neg-zh-08-central-asia-summit-students', 'neg-zh-09-focac-2024']) {
      expect(engine.scan(item(id)).analysis.sinoRussian, id).toBe(false);
    }
  });

  it('still reads 俄 where it means Russia', () => {
    const refs = engine.scan('中俄两国元首通过视频连线共同见证管道投产通气。俄方每年将向中方供气380亿立方米。').analysis.references;
    expect(refs.map((r) => r.text)).toEqual(expect.arrayContaining(['中俄两国', '俄方']));
  });
});

describe('one country, the other named in passing', () => {
  it('a Belarus–China visit comparing China–Russia ties once is not a China–Russia story', () => {
    const { analysis } = engine.scan(item('neg-ru-04-lukashenko-two-days'));
    expect(analysis.sinoRussian).toBe(false);
    expect(analysis.reasons.join(' ')).toMatch(/the other side only in passing/);
  });

  it('Russian oil to India naming China once, and Russia–Kazakhstan stories, are not', () => {
    for (const id of ['neg-ru-08-oil-exports-india-low', 'neg-ru-06-tokayev-tea-kremlin', 'neg-ru-07-tokayev-call', 'neg-ru-03-lukashenko-arrives-beijing']) {
      expect(engine.scan(item(id)).analysis.sinoRussian, id).toBe(false);
    }
  });
});
