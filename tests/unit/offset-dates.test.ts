/**
 * Dates told by arithmetic on a date just written ('four years after the signing'), as news pages
 * write them in English, Russian and Chinese; the date finder on its own and the real engine.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { createEngine } from '../../core/engine';
import { offsetDates } from '../../core/dates/offset-dates';
import type { DateMention } from '../../core/types';

const engine = createEngine(dataset);
const at = (text: string, phrase: string, date: string, precision: DateMention['precision']): DateMention => {
  const start = text.indexOf(phrase);
  return { text: phrase, start, end: start + phrase.length, date, precision, via: 'absolute' };
};

describe('offset dates', () => {
  it('counts years, months and weeks from the date written just before, at its precision', () => {
    const en = 'The accord was signed on 14 October 2004. The islands changed hands four years after the signing.';
    expect(offsetDates(en, [at(en, '14 October 2004', '2004-10-14', 'day')]).map((d) => d.date)).toEqual(['2008-10-14']);
    const ru = 'Соглашение подписали в мае 2014 года. Спустя два месяца стороны учредили совместную компанию.';
    expect(offsetDates(ru, [at(ru, 'в мае 2014 года', '2014-05', 'month')]).map((d) => d.date)).toEqual(['2014-07']);
    const zh = '双方于2019年6月5日签署协议，两周后项目正式启动。';
    expect(offsetDates(zh, [at(zh, '2019年6月5日', '2019-06-05', 'day')]).map((d) => d.date)).toEqual(['2019-06-19']);
    const leap = 'The plant opened on 29 February 2016; one year later it doubled its output.';
    expect(offsetDates(leap, [at(leap, '29 February 2016', '2016-02-29', 'day')]).map((d) => d.date)).toEqual(['2017-02-28']);
  });

  it('is no date without a written date to count from, or across a paragraph', () => {
    expect(offsetDates('Two years later the bridge was still unfinished.', [])).toEqual([]);
    const text = 'The talks began on 3 March 2015.\n\nFour years later, a new round opened in Beijing.';
    expect(offsetDates(text, [at(text, '3 March 2015', '2015-03-03', 'day')])).toEqual([]);
    // Days counted from a month are no day.
    const month = 'Construction began in June 2016, and ten days after that the first pile was driven.';
    expect(offsetDates(month, [at(month, 'June 2016', '2016-06', 'month')])).toEqual([]);
  });

  it('links the event of the counted day: the islands handed over four years after the 2004 agreement', () => {
    const text = 'Дополнительное соглашение о российско-китайской государственной границе на её восточной части подписали в Пекине 14 октября 2004 года. Передача Китаю острова Тарабарова и половины Большого Уссурийского острова у Хабаровска состоялась через четыре года после подписания документа.';
    const events = engine.scan(text).analysis.events.map((e) => e.id);
    expect(events.slice(0, 2)).toContain('2008-10-14-heixiazi-handover-ceremony');
    expect(events.slice(0, 2)).toContain('2004-10-14-complementary-border-agreement');
  });
});
