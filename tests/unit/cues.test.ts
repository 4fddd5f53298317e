import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCueFinder } from '../../core/cues';
import { miniDataset } from '../fixtures/linking/mini-dataset';

const finder = createCueFinder(miniDataset.events);
const kindsIn = (text: string) => finder.find(text).flatMap((c) => c.kinds);

describe('cues', () => {
  it('finds kind phrases in English, Russian and Chinese', () => {
    expect(kindsIn('Xi spoke with Putin by video link on Monday')).toContain('call');
    expect(kindsIn('a telephone conversation between the leaders')).toContain('call');
    expect(kindsIn('Путин и Си Цзиньпин провели переговоры по видеосвязи')).toContain('call');
    expect(kindsIn('состоялся телефонный разговор')).toContain('call');
    expect(kindsIn('习近平同普京通电话')).toContain('call');
    expect(kindsIn('习近平对俄罗斯进行国事访问')).toContain('state-visit');
    expect(kindsIn('the two-day state visit')).toContain('state-visit');
    expect(kindsIn('the navies began a joint exercise')).toContain('exercise');
    expect(kindsIn('中俄联合演习')).toContain('exercise');
    expect(kindsIn('they signed a joint statement')).toEqual(expect.arrayContaining(['agreement', 'statement']));
  });
  it('matches whole words only and folds case', () => {
    expect(kindsIn('SUMMIT')).toContain('summit');
    expect(kindsIn('summitry and metal and treatyless')).toEqual([]);
  });
  it("marks an event's own key phrases with the event", () => {
    const cues = finder.find('They declared a partnership without limits. 双方关系没有止境。');
    expect(cues.filter((c) => c.events?.includes('2022-02-04-no-limits')).map((c) => c.text)).toEqual(['without limits', '没有止境']);
  });
  it('never throws and its offsets slice to the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const c of finder.find(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
      }),
      { numRuns: 200 },
    );
  });
});
