/**
 * A mark's card speaks of this article: the page's linked events involving the entity come first
 * ('In this article'), then the entity's other events. The real dataset and engine; pages written
 * for the test in the manner of news reports.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { createEngine } from '../../core/engine';

const engine = createEngine(dataset);
function card(entityId: string, text: string, published: string) {
  const { analysis } = engine.scan(text, published);
  const plain = analysis.events.filter((e) => e.tier !== 'possible').map((e) => e.id);
  return engine.cardEvents(entityId, plain, 4);
}

describe("the card's 'In this article'", () => {
  it("Lavrov's card differs between a 2021 page and a 2023 page, each leading with its own event", () => {
    const guilin = card('sergey-lavrov', 'Foreign Minister Sergey Lavrov and Wang Yi signed a joint statement on global governance in Guilin on Tuesday, 23 March 2021, during Lavrov\'s visit to China.', '2021-03-23');
    const envoy = card('sergey-lavrov', 'China\'s special envoy Li Hui met Russian Foreign Minister Sergey Lavrov in Moscow on Friday, 26 May 2023, at the end of a tour of Ukraine, Poland, France, Germany and Russia on a political settlement of the Ukraine crisis.', '2023-05-26');
    expect(guilin.inArticle.map((e) => e.id)).toEqual(['2021-03-23-guilin-global-governance-statement']);
    expect(envoy.inArticle.map((e) => e.id)).toContain('2023-05-15-li-hui-peace-tour');
    expect(envoy.inArticle.map((e) => e.id)).not.toContain('2021-03-23-guilin-global-governance-statement');
    // 'Other events with …' never repeats what the article has, and the total counts them all.
    for (const c of [guilin, envoy]) {
      expect(c.others.filter((e) => c.inArticle.some((a) => a.id === e.id))).toEqual([]);
      expect(c.total).toBeGreaterThanOrEqual(c.inArticle.length + c.others.length);
    }
  });

  it('a place: Red Square on a Victory Day 2015 page shows that visit, which its summary places there', () => {
    const text = 'Chinese President Xi Jinping watched the Victory Day parade on Red Square on Saturday, 9 May 2015, beside Vladimir Putin, a day after their talks in the Kremlin. Chinese soldiers marched across Red Square for the first time.';
    const c = card('red-square', text, '2015-05-09');
    expect(c.inArticle.map((e) => e.id)).toContain('2015-05-08-xi-visit-moscow-victory-day');
  });

  it('an entity the page links no event to gets an empty "In this article" and its other events', () => {
    const c = card('sergey-lavrov', 'Xi Jinping and Vladimir Putin met in Samarkand in September 2022 on the sidelines of the SCO summit.', '2022-09-16');
    expect(c.inArticle).toEqual([]);
    expect(c.others.length).toBeGreaterThan(0);
  });
});
