import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEngine } from '../../core/engine';
import { miniDataset } from '../fixtures/linking/mini-dataset';

const engine = createEngine(miniDataset);
const top = (text: string, published?: string) => engine.scan(text, published).analysis.events.map((e) => e.id);

describe('engine: linking pages to events', () => {
  it('links a recalled past meeting by place and month as strongly as the news of the day', () => {
    const text = 'Xi Jinping will make a state visit to Russia from 20-22 March at Vladimir Putin\'s invitation. Putin and Xi last met in Samarkand in September 2022.';
    const ids = top(text, '2023-03-17');
    expect(ids.slice(0, 2).sort()).toEqual(['2022-09-15-samarkand', '2023-03-20-moscow']);
    const samarkand = engine.scan(text, '2023-03-17').analysis.events.find((e) => e.id === '2022-09-15-samarkand')!;
    expect(samarkand.why.join(' ')).toMatch(/September 2022/);
    expect(samarkand.why.join(' ')).toMatch(/Samarkand/);
  });
  it('resolves relative dates and kind cues to the right call', () => {
    const text = 'Xi Jinping will have a video meeting with Vladimir Putin on Monday. At the end of December, Putin held a video call with Xi Jinping.';
    const events = engine.scan(text, '2023-03-17').analysis.events;
    expect(events.map((e) => e.id)).toContain('2022-12-30-video-call');
    const rel = engine.scan('Xi Jinping will have a video meeting with Vladimir Putin on Monday.', '2021-06-27').analysis.events;
    expect(rel[0].id).toBe('2021-06-28-video-meeting');
    expect(rel[0].why.join(' ')).toMatch(/cue: video meeting/);
  });
  it('links anniversaries and key phrases', () => {
    expect(top('Putin and Xi Jinping mark the 75th anniversary of the establishment of diplomatic relations.', '2024-05-16')).toContain('1949-10-02-relations');
    expect(top('The 20th anniversary of the friendship treaty falls in July. Xi Jinping and Vladimir Putin spoke.', '2021-06-27')[0]).toBe('2001-07-16-treaty');
    expect(top('Xi Jinping and Vladimir Putin declared a partnership without limits.', '2024-05-17')).toContain('2022-02-04-no-limits');
  });
  it('works on Russian and Chinese text', () => {
    expect(top('Владимир Путин и Си Цзиньпин встретились в Самарканде в сентябре 2022 года.', '2023-03-17')[0]).toBe('2022-09-15-samarkand');
    expect(top('2022年9月，习近平与普京在撒马尔罕会晤。', '2023-03-17')[0]).toBe('2022-09-15-samarkand');
  });
  it('does not fill the list with events that share only common names', () => {
    const analysis = engine.scan('Xi Jinping and Vladimir Putin of China and Russia are often in the news.', '2020-01-10').analysis;
    expect(analysis.events).toEqual([]);
  });
  it('news of the day: an undated report on the day of a visit links the visit', () => {
    expect(top("Vladimir Putin's arrival in Beijing for talks with Xi Jinping marks a milestone.", '2024-05-16')[0]).toBe('2024-05-16-state-visit');
  });
  it("includes the reader's own events", () => {
    const own = createEngine({ ...miniDataset, events: [...miniDataset.events, { id: 'own-1', date: '2024-07-03', kind: 'meeting', title: 'Astana meeting', summary: '', entities: ['xi-jinping', 'vladimir-putin'], sources: [], own: true, keywords: ['Astana talks'] }] });
    const ev = own.scan('Xi Jinping and Vladimir Putin held the Astana talks.', '2024-08-01').analysis.events.find((e) => e.id === 'own-1');
    expect(ev?.own).toBe(true);
  });
});

describe('engine: chunks, merge and cards', () => {
  const text = 'Putin and Xi Jinping last met in Samarkand in September 2022. '.repeat(3) + 'Power of Siberia by video link.';
  it('analyzing chunks and merging equals analyzing the whole page', () => {
    const cut = [0, 62, 124, text.length];
    const parts = cut.slice(0, -1).map((start, i) => ({ features: engine.analyze(text.slice(start, cut[i + 1]), '2023-03-17'), offset: start }));
    const merged = engine.merge(parts);
    const whole = engine.analyze(text, '2023-03-17');
    expect(merged).toEqual(whole);
    for (const r of merged.references) expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(engine.summarize(merged, '2023-03-17')).toEqual(engine.scan(text, '2023-03-17').analysis);
  });
  it('gives a card the events this page points at first', () => {
    const features = engine.analyze(text, '2023-03-17');
    const events = engine.eventsForEntity('vladimir-putin', features, '2023-03-17', 3);
    expect(events[0].id).toBe('2022-09-15-samarkand');
    expect(events).toHaveLength(3);
    expect(engine.eventsForEntity('power-of-siberia').map((e) => e.id)).toEqual(['2019-12-02-pipeline-launch', '2014-05-21-gas-deal']);
    expect(engine.eventsForEntity('nobody')).toEqual([]);
  });
  it('never throws on arbitrary input and is deterministic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom(undefined, '2024-05-17', 'garbage'), (t, pub) => {
        const a = engine.scan(t, pub);
        expect(engine.scan(t, pub)).toEqual(a);
        for (const d of a.features.dates) expect(t.slice(d.start, d.end)).toBe(d.text);
        for (const c of a.features.cues) expect(t.slice(c.start, c.end)).toBe(c.text);
      }),
      { numRuns: 150 },
    );
    expect(() => engine.summarize({ references: [], dates: [], cues: [], length: 0 })).not.toThrow();
    // Features come by message: malformed items are dropped, not thrown on.
    const junk = { references: [null, { start: 'x' }, { text: 'Putin', start: 0, end: 5, entityId: 'vladimir-putin', lang: 'en' }], dates: [{ text: 'x', start: 0, end: 1, date: '2024-13-40', precision: 'day' }], cues: [{ text: 'a', start: 0, end: 1 }], length: NaN };
    expect(engine.summarize(junk as never, '2024-05-17').entities.map((e) => e.id)).toEqual(['vladimir-putin']);
    expect(() => engine.summarize(undefined as never)).not.toThrow();
  });
  it('finishes pathological inputs', () => {
    expect(engine.scan('a'.repeat(1_000_000)).analysis.events).toEqual([]);
    const aliases = 'Putin Xi Jinping Samarkand May 19 2022 '.repeat(5000);
    expect(engine.scan(aliases, '2024-05-17').features.references.length).toBeGreaterThan(10000);
  });
});

describe('engine: pages not about the relationship', () => {
  it('lists no events for a story that only names a leader in passing', () => {
    const text = 'The ice hockey match drew a crowd. Vladimir Putin scored eight goals in the exhibition game on Monday, the Kremlin said. Fans cheered.';
    const analysis = engine.scan(text, '2022-09-19').analysis;
    expect(analysis.sinoRussian).toBe(false);
    expect(analysis.events).toEqual([]);
  });
});
