/**
 * The coincidences a new reader met on real pages, written as sentences of the kind news pages
 * carry: a year about something else, a weekday or 'today' alone, a word that only looks like a
 * date, and hindsight. The real dataset and the real engine.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { createEngine } from '../../core/engine';
import { chronoDates } from '../../core/dates/chrono-dates';

const engine = createEngine(dataset);
const linked = (text: string, published?: string) => engine.scan(text, published).analysis.events;
const ids = (text: string, published?: string) => linked(text, published).map((e) => e.id);

describe('a year written about something else links nothing', () => {
  it('a cavalry escort created in 2002 does not link the 2002 treaty ratification or visit', () => {
    const text = 'Vladimir Putin was met in Beijing by Xi Jinping on Tuesday. Their motorcade passed a mounted honour guard, a cavalry escort created by Putin in 2002 for state ceremonies in Moscow. Russia and China then signed a dozen documents.';
    const found = ids(text, '2025-09-02');
    expect(found.filter((id) => id.startsWith('2002'))).toEqual([]);
    // The visit the page reports is still linked.
    expect(found).toContain('2025-09-02-xi-putin-talks-beijing');
  });
  it("'since 2011' does not link the events of 2011", () => {
    const text = 'Xi Jinping and Vladimir Putin held talks in the Kremlin. Since 2011, Russia and China have steadily widened their trade in national currencies, officials said.';
    expect(ids(text, '2023-03-21').filter((id) => id.startsWith('2011'))).toEqual([]);
  });
  it("'in 1998' in a nuclear explainer does not link the Jiang–Yeltsin summit", () => {
    const text = 'Russia holds the largest nuclear arsenal in the world, and China is building its own fast. In 1998 India and Pakistan each carried out nuclear tests. Putin and Xi Jinping have both spoken against new tests.';
    expect(ids(text, '2024-01-10').filter((id) => id.startsWith('1998'))).toEqual([]);
  });
  it('a year beside the words of its event still confirms it', () => {
    // The anchor of the rule: the words point, the year confirms.
    const text = 'Xi Jinping and Vladimir Putin recalled that in 2001 their predecessors signed the Treaty of Good-Neighbourliness and Friendly Cooperation in Moscow.';
    expect(ids(text, '2021-06-28')).toContain('2001-07-16-treaty-of-good-neighborliness');
  });
});

describe('a weekday or a relative date alone links nothing', () => {
  it("'on Saturday' with only the leaders' names links no event of that day", () => {
    const text = 'On Saturday, Russian and Chinese diplomats said Vladimir Putin and Xi Jinping would stay in touch. China and Russia share a long border.';
    const events = linked(text, '2020-03-10');
    expect(events).toEqual([]);
  });
  it("'today' in 'Today's China–Russia relations' is no date and links no trade record", () => {
    const text = "Today's China–Russia relations are at their highest level in history, Xi Jinping told Vladimir Putin.";
    const { features, analysis } = engine.scan(text, '2024-02-10');
    expect(features.dates).toEqual([]);
    expect(analysis.events.filter((e) => e.kind === 'trade')).toEqual([]);
  });
});

describe('words that only look like dates never become dates', () => {
  it("'sat' in 'they sat in gold-trimmed chairs' is not a Saturday", () => {
    expect(chronoDates('Putin and Xi sat in gold-trimmed chairs in the Kremlin hall.', '2023-03-21')).toEqual([]);
  });
  it("'may' as a verb and 'march' as a noun are not months", () => {
    expect(chronoDates('The two sides may sign a deal, and the march on the square went ahead.', '2023-03-21')).toEqual([]);
  });
  it("'Март' as a name mid-sentence is not March; 'в марте' is", () => {
    expect(chronoDates('В Пекине выступила группа Март, сообщили организаторы.', '2023-05-01')).toEqual([]);
    expect(chronoDates('Си Цзиньпин посетил Москву в марте.', '2023-05-01').map((d) => d.date)).toEqual(['2023-03']);
  });
  it('real weekday and month names still are', () => {
    expect(chronoDates('Xi Jinping will arrive in Moscow on Monday and leave in March.', '2023-03-17').map((d) => d.text)).toEqual(['on Monday', 'March']);
  });
});

describe('no hindsight', () => {
  it('a page of 2 September 2025 is not linked to the full-year 2025 trade figure', () => {
    const text = 'Vladimir Putin and Xi Jinping met in Beijing. Trade between China and Russia fell in the first seven months of 2025, customs data show, after a record in 2024.';
    expect(ids(text, '2025-09-02')).not.toContain('2025-trade-falls-to-228-billion');
  });
  it('an event after publication is linked only when the page announces it', () => {
    const announced = 'Putin invited Xi Jinping to the upcoming BRICS summit in Kazan, the Kremlin said after their talks in Beijing.';
    expect(ids(announced, '2024-05-16')).toContain('2024-10-22-brics-kazan-summit');
    const recalled = 'Xi Jinping and Vladimir Putin discussed the BRICS summit in Kazan and the war in Ukraine.';
    expect(ids(recalled, '2024-05-16')).not.toContain('2024-10-22-brics-kazan-summit');
  });
});

describe('tiers', () => {
  it('shows plainly only events with two independent pieces of evidence', () => {
    const text = 'Xi Jinping and Vladimir Putin met in Samarkand in September 2022 on the sidelines of the SCO summit. Earlier, Putin and Xi Jinping spoke of a partnership without limits.';
    const events = linked(text, '2023-03-17');
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      if (e.tier === 'about' || e.tier === 'refers') expect(e.pieces!.length, e.id).toBeGreaterThanOrEqual(2);
      else expect(e.tier).toBe('possible');
    }
    const samarkand = events.find((e) => e.id === '2022-09-15-xi-putin-samarkand-sco');
    expect(samarkand?.tier).not.toBe('possible');
    // Plain tiers come first.
    const order = events.map((e) => (e.tier === 'possible' ? 1 : 0));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  it("a page published on a visit's days is about that visit", () => {
    const text = "Vladimir Putin arrived in Beijing on a state visit on Thursday for talks with Xi Jinping, his first trip abroad since his inauguration.";
    const events = linked(text, '2024-05-16');
    expect(events[0].tier).toBe('about');
    expect(events[0].id).toBe('2024-05-16-putin-state-visit-beijing-harbin');
  });
});
