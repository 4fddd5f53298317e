/**
 * The engine on the bundled dataset with short texts written for these tests (not copied from
 * any page): hard negatives must link nothing, and Russian and Chinese reports must find the
 * events they describe. Event ids are looked up by date so the data can be re-curated freely.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { createEngine } from '../../core/engine';

const engine = createEngine(dataset);
const hasEventOn = (date: string) => dataset.events.some((e) => e.date === date);

describe('hard negatives link no events', () => {
  const negatives: [string, string][] = [
    ['A travel piece: the Harbin Ice and Snow World opened on December 20 with sculptures cut from river ice. Visitors from Russia and South Korea queued for the slides; hotel prices in Harbin doubled this week. The festival runs until late February.', '2024-12-22'],
    ['Countries at the climate talks in November included Brazil, India, China, Russia, Japan, Germany, France, Kenya, Egypt, Chile, Peru, Mexico, Canada, Norway, Sweden, Spain, Italy, Turkey, Indonesia and Australia.', '2023-11-30'],
    ["We visited Xi'an in May 2019 to see the Terracotta Army. The fine bone china in the hotel was lovely.", '2019-06-10'],
    ['SCO Group sued IBM in March 2003, claiming Linux contained Unix code.', '2003-03-10'],
    ['Vladimir Putin scored eight goals in an exhibition ice hockey game on Monday, the Kremlin said.', '2022-09-19'],
  ];
  for (const [text, published] of negatives) {
    it(text.slice(0, 50), () => {
      const { analysis } = engine.scan(text, published);
      expect(analysis.sinoRussian).toBe(false);
      expect(analysis.events.map((e) => e.id)).toEqual([]);
    });
  }
});

describe('Russian and Chinese reports', () => {
  const positives: [string, string, string[]][] = [
    ['Владимир Путин прибыл в Пекин 16 мая с государственным визитом по приглашению Си Цзиньпина. В Харбине он откроет ЭКСПО.', '2024-05-16', ['2024-05-16']],
    ['Си Цзиньпин и Владимир Путин встретились в Самарканде на полях саммита ШОС в сентябре 2022 года.', '2023-03-01', ['2022-09-15']],
    ['5月16日，习近平在人民大会堂同来华进行国事访问的俄罗斯总统普京举行会谈。今年是中俄建交75周年。', '2024-05-16', ['2024-05-16', '1949-10-02']],
    ['10月22日下午，习近平在喀山同普京举行会晤。', '2024-10-23', ['2024-10-22']],
  ];
  for (const [text, published, dates] of positives) {
    it(text.slice(0, 30), () => {
      const { analysis } = engine.scan(text, published);
      const top = analysis.events.slice(0, 5).map((e) => e.date);
      for (const d of dates.filter(hasEventOn)) expect(top, `${d} in ${JSON.stringify(analysis.events.map((e) => e.id))}`).toContain(d);
    });
  }
});

describe('robustness on the full dataset', () => {
  it('never throws, offsets slice to the text, results are deterministic', async () => {
    const fc = (await import('fast-check')).default;
    const pieces = ['Putin', 'Xi Jinping', '习近平', 'Путина', ' on May 19 ', '2024年5月16日', ' 75th anniversary of ', 'by video link', '\n\n', 'Samarkand', ' in 1969 '];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme', maxLength: 30 })), { maxLength: 30 }), fc.constantFrom(undefined, '2024-05-17'), (parts, published) => {
        const text = parts.join('');
        const a = engine.scan(text, published);
        expect(engine.scan(text, published)).toEqual(a);
        for (const x of [...a.features.references, ...a.features.dates, ...a.features.cues]) expect(text.slice(x.start, x.end)).toBe(x.text);
      }),
      { numRuns: 120 },
    );
  });
  it('handles a page that is nothing but aliases, and a megabyte of one letter', () => {
    const aliases = dataset.entities.flatMap((e) => e.aliases.map((a) => a.text)).join(' ');
    const { analysis } = engine.scan(aliases.repeat(3), '2024-05-17');
    expect(analysis.events.length).toBeLessThanOrEqual(10);
    expect(engine.scan('x'.repeat(1_000_000), '2024-05-17').analysis.events).toEqual([]);
  });
  it('finishes a page dense with dates and names (a quadratic step would time out)', () => {
    const text = 'Putin met Xi Jinping in Beijing on May 16, 2024. '.repeat(10_000);
    const { features, analysis } = engine.scan(text, '2024-05-17');
    expect(features.dates).toHaveLength(10_000);
    expect(analysis.events.length).toBeGreaterThan(0);
  });
});

describe('undated and commemorative references (texts written for this test)', () => {
  const idsOf = (text: string, published?: string) => engine.scan(text, published).analysis.events.map((e) => e.id);
  it('the words around a thing\'s name pick its moment: an extension of the treaty, not its signing', () => {
    const ids = idsOf('Си Цзиньпин и Путин объявили о продлении Договора о добрососедстве, дружбе и сотрудничестве.');
    const extension = dataset.events.find((e) => e.id.includes('treaty-extension') && e.kind === 'treaty');
    expect(extension).toBeDefined();
    expect(ids.indexOf(extension!.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(extension!.id)).toBeLessThan(3);
  });
  it('an anniversary whose base year has no event names the commemoration near publication', () => {
    const parade = dataset.events.find((e) => e.date === '2025-09-03' && /parade/i.test(e.title));
    expect(parade).toBeDefined();
    const ids = idsOf('Президент России Владимир Путин проведет переговоры с председателем КНР Си Цзиньпином в Пекине. Затем российский лидер примет участие в мероприятиях в честь 80-летия окончания Второй мировой войны.', '2025-09-01');
    expect(ids).toContain(parade!.id);
  });
  it('a one-country page on its own commemoration does not link the one a foreign leader attended', () => {
    expect(idsOf('Russia marked the 80th anniversary of Victory in the Great Patriotic War with a military parade on Red Square. Thousands of troops marched as veterans watched.', '2025-05-09')).toEqual([]);
  });
  it('both leaders and a video-call cue on the publication day are the news of the day', () => {
    const call = dataset.events.find((e) => e.date === '2026-02-04' && e.kind === 'call');
    expect(call).toBeDefined();
    expect(idsOf('Путин и Си Цзиньпин провели видеобеседу.', '2026-02-05')[0]).toBe(call!.id);
  });
});
