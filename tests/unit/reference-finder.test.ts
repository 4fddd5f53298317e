import { describe, expect, it } from 'vitest';
import { buildReferenceFinder } from '../../core/reference-finder';
import { resolveReferences } from '../../core/resolve-references';
import { dataset } from '../../data/dataset';
import type { Entity } from '../../core/types';
import { russianCaseForms } from '../../core/russian-cases';

const E: Entity[] = [
  { id: 'xi-jinping', name: 'Xi Jinping', type: 'person', side: 'china', description: '', aliases: [
    { text: 'Xi Jinping', lang: 'en' }, { text: 'Xi', lang: 'en', ambiguous: true, caseSensitive: true }, { text: '习近平', lang: 'zh' }, { text: 'Си Цзиньпин', lang: 'ru' }] },
  { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', side: 'russia', description: '', aliases: [
    { text: 'Vladimir Putin', lang: 'en' }, { text: 'Putin', lang: 'en' }, { text: '普京', lang: 'zh' }, { text: 'Путин', lang: 'ru' }] },
  { id: 'china', name: 'China', type: 'place', side: 'china', description: '', aliases: [
    { text: 'China', lang: 'en', caseSensitive: true, ambiguous: true }, { text: '中国', lang: 'zh' }, { text: 'Китай', lang: 'ru' }] },
  { id: 'russia', name: 'Russia', type: 'place', side: 'russia', description: '', aliases: [{ text: 'Russia', lang: 'en' }, { text: 'Россия', lang: 'ru' }] },
  { id: 'sco', name: 'Shanghai Cooperation Organisation', type: 'organisation', side: 'both', description: '', aliases: [
    { text: 'SCO', lang: 'en', ambiguous: true, caseSensitive: true }, { text: 'Shanghai Cooperation Organisation', lang: 'en' }] },
  { id: 'xian', name: "Xi'an", type: 'place', side: 'china', description: '', aliases: [{ text: "Xi'an", lang: 'en' }] },
  { id: 'central-bank-a', name: 'A', type: 'organisation', side: 'china', description: '', aliases: [{ text: 'central bank', lang: 'en', ambiguous: true }] },
  { id: 'central-bank-b', name: 'B', type: 'organisation', side: 'russia', description: '', aliases: [{ text: 'central bank', lang: 'en', ambiguous: true }, { text: 'Bank B', lang: 'en' }] },
];
const finder = buildReferenceFinder(E);
const texts = (s: string) => finder.find(s).map((r) => `${r.text}=${r.entityId}`);

describe('reference finder (inline fixtures)', () => {
  it('finds aliases in three languages with exact offsets', () => {
    const text = 'Putin met Xi Jinping. 普京会见习近平。Путина встретил Си Цзиньпин.';
    const refs = finder.find(text);
    expect(refs.map((r) => r.entityId)).toEqual(['vladimir-putin', 'xi-jinping', 'vladimir-putin', 'xi-jinping', 'vladimir-putin', 'xi-jinping']);
    for (const r of refs) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(refs.map((r) => r.lang)).toEqual(['en', 'en', 'zh', 'zh', 'ru', 'ru']);
  });

  it('keeps the hard negatives quiet', () => {
    expect(texts('A set of fine bone china and a China cabinet')).toEqual([]);
    expect(texts('Super Bowl XI was played in 1977; XI players')).toEqual([]);
    expect(texts('The SCO Group sued IBM; The SCO Group lost')).toEqual([]);
    expect(texts('sco and scoring')).toEqual([]);
    expect(texts("Xi'an and Xi’an are the same city")).toEqual(["Xi'an=xian", 'Xi’an=xian']);
    expect(texts('the china shop')).toEqual([]);
  });

  it('flags ambiguous aliases and lists the other entities a shared alias can mean', () => {
    const [xi] = finder.find('Xi said');
    expect(xi).toMatchObject({ entityId: 'xi-jinping', ambiguous: true });
    const [bank] = finder.find('the central bank raised rates');
    expect(bank.ambiguous).toBe(true);
    expect([bank.entityId, ...(bank.alternatives ?? [])].sort()).toEqual(['central-bank-a', 'central-bank-b']);
    const [putin] = finder.find('Putin');
    expect(putin.ambiguous).toBeUndefined();
  });

  it('resolves a shared alias to the entity the page names elsewhere', () => {
    const entities = new Map(E.map((e) => [e.id, e]));
    const refs = resolveReferences(finder.find('Bank B said the central bank would act.'), entities);
    expect(refs.map((r) => r.entityId)).toEqual(['central-bank-b', 'central-bank-b']);
    expect(refs[1].alternatives).toBeUndefined();
  });
});

describe('Russian case forms', () => {
  it('declines adjectives and nouns of a name together, and leaves a genitive complement alone', () => {
    expect(russianCaseForms('Владимир Путин')).toContain('Владимира Путина');
    expect(russianCaseForms('Сила Сибири')).toEqual(['Силы Сибири', 'Силе Сибири', 'Силой Сибири']);
    expect(russianCaseForms('Шанхайская организация сотрудничества')).toContain('Шанхайской организации сотрудничества');
    expect(russianCaseForms('Ночная хоккейная лига')).toContain('Ночной хоккейной лиги');
    expect(russianCaseForms('ЦБ РФ')).toEqual([]);
    expect(russianCaseForms('Путин')).toEqual([]);
  });
});

describe('reference finder (real dataset)', () => {
  const real = buildReferenceFinder(dataset.entities);
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const ids = (text: string) => [...new Set(resolveReferences(real.find(text), entities).map((r) => r.entityId))];

  it('finds the leaders and the pipeline in all three languages', () => {
    expect(ids('Vladimir Putin and Xi Jinping opened the Power of Siberia pipeline.')).toEqual(expect.arrayContaining(['vladimir-putin', 'xi-jinping', 'power-of-siberia']));
    expect(ids('普京和习近平出席“西伯利亚力量”管道投产仪式。')).toEqual(expect.arrayContaining(['vladimir-putin', 'xi-jinping']));
    expect(ids('Путин и Си Цзиньпин запустили газопровод «Сила Сибири».')).toEqual(expect.arrayContaining(['vladimir-putin', 'xi-jinping', 'power-of-siberia']));
  });

  it('matches Russian case forms', () => {
    expect(ids('переговоры Путина с Си Цзиньпином в Пекине')).toEqual(expect.arrayContaining(['vladimir-putin', 'xi-jinping', 'beijing']));
  });

  it('matches multi-word Russian names in other cases', () => {
    expect(ids('встреча Владимира Путина с председателем КНР')).toContain('vladimir-putin'); // through the inflecting surname
    expect(ids('поставки газа по «Силе Сибири» выросли')).toContain('power-of-siberia');
    expect(ids('саммит Шанхайской организации сотрудничества')).toContain('sco');
  });

  it('matches traditional Chinese spellings', () => {
    expect(ids('習近平會見普京')).toEqual(expect.arrayContaining(['xi-jinping', 'vladimir-putin']));
  });

  it('keeps porcelain, Super Bowl XI, SCO Group and Xi’an quiet', () => {
    expect(ids('She collects fine bone china and ordinary china plates.')).toEqual([]);
    expect(ids('Super Bowl XI was won by the Oakland Raiders.')).toEqual([]);
    expect(ids('The SCO Group filed suit against IBM over Unix.')).toEqual([]);
    expect(ids("Xi'an is famous for the Terracotta Army.")).not.toContain('xi-jinping');
  });

  it('drops an ambiguous alias with no support on the page', () => {
    expect(ids('Xi said nothing.')).toEqual([]);
    expect(ids('Xi said nothing to Putin.')).toEqual(expect.arrayContaining(['xi-jinping', 'vladimir-putin']));
  });
});
