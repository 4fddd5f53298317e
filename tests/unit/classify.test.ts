import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../core/classify';
import { buildReferenceFinder } from '../../core/reference-finder';
import { resolveReferences } from '../../core/resolve-references';
import { dataset } from '../../data/dataset';
import type { Entity, Reference } from '../../core/types';

const ent = (id: string, side: Entity['side'], type: Entity['type'] = 'person'): Entity => ({ id, name: id, type, side, description: '', aliases: [] });
const E = new Map([
  ent('xi', 'china'), ent('putin', 'russia'), ent('beijing', 'china', 'place'), ent('moscow', 'russia', 'place'),
  ent('treaty-2001', 'both', 'agreement'), ent('sco', 'both', 'organisation'), ent('usa', 'other', 'place'),
].map((e) => [e.id, e]));
const refs = (...ids: string[]): Reference[] => ids.map((entityId, i) => ({ text: entityId, start: i * 10, end: i * 10 + 3, entityId, lang: 'en' }));

describe('classifyPage (inline fixtures)', () => {
  it('says yes when both sides are substantively present', () => {
    const c = classifyPage(refs('xi', 'putin', 'xi', 'putin', 'beijing', 'moscow'), E, 1500);
    expect(c.sinoRussian).toBe(true);
    expect(c.score).toBeGreaterThan(0.8);
    expect(c.reasons.join(' ')).toMatch(/both sides/);
  });

  it('says no for one-country news, however dense', () => {
    const c = classifyPage(refs('putin', 'putin', 'moscow', 'putin', 'putin', 'moscow'), E, 1500);
    expect(c.sinoRussian).toBe(false);
    expect(c.reasons.join(' ')).toMatch(/only one side/);
  });

  it('says no for a passing mention of the other side', () => {
    expect(classifyPage(refs('putin', 'putin', 'moscow', 'putin', 'putin', 'moscow', 'putin', 'beijing'), E, 3000).sinoRussian).toBe(false);
  });

  it('says yes for an intrinsically bilateral term even with little else', () => {
    expect(classifyPage(refs('treaty-2001', 'treaty-2001', 'putin'), E, 1200).sinoRussian).toBe(true);
  });

  it('half-weights a loose bilateral phrase', () => {
    const loose: Reference[] = [{ text: 'Russia and China', start: 0, end: 16, entityId: 'treaty-2001', lang: 'en', ambiguous: true }];
    expect(classifyPage(loose, E, 3000).sinoRussian).toBe(false);
  });

  it('says no for both countries in a long list', () => {
    expect(classifyPage(refs('beijing', 'moscow', 'usa', 'usa', 'usa'), E, 4000).sinoRussian).toBe(false);
  });

  it('keeps the score in [0, 1] and gives reasons for empty input', () => {
    const c = classifyPage([], E, 0);
    expect(c.score).toBeGreaterThanOrEqual(0);
    expect(c.score).toBeLessThanOrEqual(1);
    expect(c.sinoRussian).toBe(false);
    expect(c.reasons.length).toBeGreaterThan(0);
  });
});

describe('classifyPage (real dataset, written traps)', () => {
  const finder = buildReferenceFinder(dataset.entities);
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const verdict = (text: string) => {
    const resolved = resolveReferences(finder.find(text), entities);
    return classifyPage(resolved, entities, text.length);
  };

  it('a Russia-only hockey story is not about the relationship', () => {
    const text = 'Vladimir Putin scored eight goals in a Night Hockey League gala match in Sochi. Putin played alongside Sergei Shoigu; the Kremlin said the president enjoyed the game. Putin has played since 2011.';
    expect(verdict(text).sinoRussian).toBe(false);
  });

  it('a Harbin ice-festival travel piece is not about the relationship', () => {
    const text = "Harbin's Ice and Snow World opened on Tuesday. Tourists from across China came to Harbin, the capital of Heilongjiang, to see ice sculptures and Russian-style buildings on Central Street.";
    expect(verdict(text).sinoRussian).toBe(false);
  });

  it('both countries in a list of twenty is not about the relationship', () => {
    const text = 'Delegates came from Argentina, Australia, Brazil, Canada, China, France, Germany, India, Indonesia, Italy, Japan, Mexico, Russia, Saudi Arabia, South Africa, South Korea, Turkey, the United Kingdom, the United States and the European Union.';
    expect(verdict(text).sinoRussian).toBe(false);
  });

  it('a summit story is about the relationship', () => {
    const text = 'Chinese President Xi Jinping held talks with Russian President Vladimir Putin in the Kremlin. The two leaders signed a joint statement on deepening their comprehensive strategic partnership, and Putin said relations between Russia and China were at their best.';
    const v = verdict(text);
    expect(v.sinoRussian).toBe(true);
    expect(v.score).toBeGreaterThan(0.8);
  });

  it('a Chinese-language summit story and a Russian-language energy story are about the relationship', () => {
    expect(verdict('国家主席习近平在莫斯科同俄罗斯总统普京举行会谈,两国元首签署联合声明。').sinoRussian).toBe(true);
    expect(verdict('«Газпром» увеличил поставки газа в Китай по газопроводу «Сила Сибири», сообщил Алексей Миллер.').sinoRussian).toBe(true);
  });
});
