/**
 * What leads the list when a page's evidence fits several events, in sentences as news pages
 * write them (issue 14, precision of the first events): one written date shared by events of
 * the same day. The real dataset and the real engine.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { createEngine } from '../../core/engine';

const engine = createEngine(dataset);
const linked = (text: string, published?: string) => engine.scan(text, published).analysis.events;
const rank = (list: { id: string }[], id: string) => list.findIndex((e) => e.id === id) + 1 || Infinity;

describe('one written date, several events of that day', () => {
  const text = 'The general contract for the construction of power units No. 3 and No. 4 at Xudapu nuclear power plant was signed on June 5 in Moscow by Rosatom and the China National Nuclear Corporation (CNNC).\n\nThe general contract for the construction of power units No. 7 and No. 8 at Tianwan NPP was signed earlier in March 2019.\n\nContracts formulation was held in line with strategic package of agreements defining key areas for development of cooperation between Russia and China in nuclear energy sector for the coming decades. The strategic package of agreements was signed on June 8, 2018, during Russian President Vladimir Putin’s state visit to China.';
  it('dates the event whose names stand beside it, not another signed that day that the page names by nothing of its own', () => {
    const list = linked(text);
    expect(rank(list, '2018-06-08-nuclear-package-tianwan-xudapu')).toBeLessThanOrEqual(3);
    expect(rank(list, '2019-03-tianwan-7-8-general-contract')).toBeLessThanOrEqual(3);
    expect(rank(list, '2019-06-xudapu-3-4-contract')).toBeLessThanOrEqual(3);
    // Still listed (the day is right), but only as possibly related.
    expect(list.find((e) => e.id === '2018-06-08-international-road-transport-agreement')?.tier).toBe('possible');
  });
});
