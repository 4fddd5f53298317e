/**
 * Rank order on kinds of pages the linking collection showed going wrong, written as sentences of
 * the kind news pages carry: undated pages that write days without a year, a moment of one thing
 * told in Russian, an anniversary a Chinese page names by its words, an exhibition open on the
 * publication day, a month written without a year, a visit that only shares its day with what
 * was signed on it. The real dataset and the real engine.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { createEngine } from '../../core/engine';
import { chronoDates } from '../../core/dates/chrono-dates';

const engine = createEngine(dataset);
const linked = (text: string, published?: string) => engine.scan(text, published).analysis.events;
const ids = (text: string, published?: string) => linked(text, published).map((e) => e.id);
const rank = (list: string[], id: string) => list.indexOf(id) + 1 || Infinity;

describe('a day written without a year, on a page without a publication date', () => {
  it("'15 сентября' beside Samarkand confirms the Samarkand talks of 15 September 2022", () => {
    const text = 'Путин и Си Цзиньпин провели переговоры в Самарканде\n\nПрезидент России Владимир Путин и председатель КНР Си Цзиньпин 15 сентября провели переговоры в Самарканде, сообщает пресс-служба Кремля. Встреча прошла на полях саммита Шанхайской организации сотрудничества.';
    const { features, analysis } = engine.scan(text);
    // The day is no calendar date (no year is known): nothing marks it as one.
    expect(features.dates).toEqual([]);
    const list = analysis.events.map((e) => e.id);
    expect(rank(list, '2022-09-15-xi-putin-samarkand-sco')).toBeLessThanOrEqual(2);
    expect(rank(list, '2022-09-15-sco-samarkand-summit')).toBeLessThanOrEqual(2);
  });
  it('the same day beside names of nothing that happened then confirms nothing', () => {
    const text = 'Президент России Владимир Путин и председатель КНР Си Цзиньпин 3 марта обсудили по телефону двусторонние отношения.';
    // No call of 3 March in the dataset: the day confirms nothing, and the leaders' names alone link nothing.
    expect(linked(text)).toEqual([]);
  });
});

describe("a thing's moment told in Russian words", () => {
  it("'запустили газопровод «Сила Сибири»… начала поставок газа' is the 2019 launch, not the 2014 contract", () => {
    const text = 'Путин и Си Цзиньпин запустили газопровод «Сила Сибири»\n\nРоссийский лидер Владимир Путин и председатель КНР Си Цзиньпин в режиме телемоста приняли участие в церемонии начала поставок российского газа в Китай по газопроводу «Сила Сибири».';
    expect(ids(text)[0]).toBe('2019-12-02-power-of-siberia-launch');
  });
});

describe('an anniversary names the event whose own words mark it', () => {
  it("'中俄建交70周年' on a 2019 page is the establishment of relations, not the first credentials of that year", () => {
    const text = '习近平主席即将对俄罗斯进行国事访问并出席第二十三届圣彼得堡国际经济论坛。这是中国国家元首对俄罗斯进行的首次国事访问,恰逢新中国成立和中俄建交70周年的重要历史时刻。';
    const { features } = engine.scan(text, '2019-06-05');
    expect(features.dates.filter((d) => d.via === 'anniversary').map((d) => d.eventId)).toContain('1949-10-02-diplomatic-relations');
    expect(features.dates.map((d) => d.eventId)).not.toContain('1949-11-03-wang-jiaxiang-credentials');
  });
});

describe('an exhibition open on the publication day is not its news', () => {
  it('a page on the close of the Years of Culture does not lead with the Repin exhibition still running', () => {
    const text = 'MOSCOW, Nov. 18 (Xinhua) -- The closing ceremony of the China-Russia Years of Culture has been held at the State Tretyakov Gallery in Moscow. Officially launched in Beijing in May 2024, the China-Russia Years of Culture featured hundreds of joint cultural events. An art exhibition featuring works of Russian painter Ilya Repin was held in the National Museum of China in July.';
    const list = ids(text, '2025-11-19');
    expect(list[0]).toBe('2025-11-17-years-of-culture-closing');
    expect(rank(list, '2025-07-22-repin-exhibition-beijing')).toBeGreaterThan(2);
  });
});

describe('a month written without a year is the one just gone, unless it is near', () => {
  it("'in February' on a September page is February of that year", () => {
    const [d] = chronoDates('They last met in February, in Beijing.', '2022-09-13');
    expect(d.date).toBe('2022-02');
  });
  it("'in December' on a November page is the coming December", () => {
    const [d] = chronoDates('The pipeline will be launched in December.', '2019-11-14');
    expect(d.date).toBe('2019-12');
  });
});

describe('a visit that only shares its day with what was signed on it', () => {
  it('a page on the 2004 border agreement shows the visit of that day only as possibly related', () => {
    const text = 'Дополнительное соглашение о российско-китайской государственной границе на её Восточной части было подписано в Пекине 14 октября 2004 года. По соглашению остров Тарабарова и часть острова Большой Уссурийский у Хабаровска отходят Китаю.';
    const found = linked(text);
    expect(found[0]?.id).toBe('2004-10-14-complementary-border-agreement');
    // Same date, same names, nothing of a visit on the page: listed, but not shown plainly.
    expect(found.find((e) => e.id === '2004-10-14-putin-state-visit-beijing-border')?.tier).toBe('possible');
  });
});
