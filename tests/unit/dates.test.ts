import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDateFinder } from '../../core/dates/find-dates';
import { isPartialDate } from '../../core/dates/partial-date';
import { miniDataset } from '../fixtures/linking/mini-dataset';

const finder = createDateFinder(miniDataset.events, miniDataset.entities);
const find = (text: string, published?: string) => finder.find(text, published).map((d) => ({ text: d.text, date: d.date, endDate: d.endDate, precision: d.precision }));
const one = (text: string, published?: string) => {
  const found = finder.find(text, published);
  expect(found, `dates in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0];
};

describe('absolute dates', () => {
  it('reads English day, month and ranges against the publication year', () => {
    expect(one('They met on May 19 in Beijing.', '2021-06-27')).toMatchObject({ text: 'May 19', date: '2021-05-19', precision: 'day' });
    expect(one('He visits Russia from 20-22 March.', '2023-03-17')).toMatchObject({ date: '2023-03-20', endDate: '2023-03-22', precision: 'day' });
    expect(one('They met in Samarkand in September 2022.', '2024-01-01')).toMatchObject({ date: '2022-09', precision: 'month' });
    expect(one('The visit is scheduled for May 16 and 17.', '2024-05-14')).toMatchObject({ date: '2024-05-16', endDate: '2024-05-17' });
  });
  it('reads Russian and Chinese dates', () => {
    expect(one('Путин прибыл в Пекин 16 мая 2024 года.', '2024-05-17')).toMatchObject({ date: '2024-05-16', precision: 'day' });
    expect(one('2024年5月16日，普京抵达北京。', '2024-05-17')).toMatchObject({ text: '2024年5月16日', date: '2024-05-16', precision: 'day' });
    expect(one('3月20日至22日访问俄罗斯', '2023-03-17')).toMatchObject({ date: '2023-03-20', endDate: '2023-03-22' });
    expect(one('2022年9月在撒马尔罕会晤', '2024-01-01')).toMatchObject({ date: '2022-09', precision: 'month' });
  });
  it('keeps only the month for vague parts of a month', () => {
    expect(one('At the end of December, Putin held a video call.', '2023-03-17')).toMatchObject({ date: '2022-12', precision: 'month' });
    expect(one('a roadmap issued in mid-June', '2021-06-27')).toMatchObject({ date: '2021-06', precision: 'month' });
    expect(one('в конце декабря они поговорили', '2023-03-17')).toMatchObject({ date: '2022-12', precision: 'month' });
  });
  it('reads early/mid/late parts of a month, which chrono leaves out', () => {
    expect(one('They met in early May.', '2024-05-17')).toMatchObject({ text: 'early May', date: '2024-05', precision: 'month' });
    expect(one('the drills in late June 2023 ended', '2024-05-17')).toMatchObject({ date: '2023-06', precision: 'month' });
    expect(find('In March 2023 Xi went to Moscow. In late October, Putin flew to Beijing.', '2024-05-17').map((d) => d.date)).toEqual(['2023-03', '2023-10']);
  });
  it('reads ISO timestamps and Chinese relative weekdays', () => {
    expect(one('posted 2024-05-16T10:00 by staff', '2024-05-17')).toMatchObject({ date: '2024-05-16', precision: 'day' });
    expect(one('上周五', '2024-05-14')).toMatchObject({ date: '2024-05-10', precision: 'day' });
    expect(one('下周一', '2024-05-14')).toMatchObject({ date: '2024-05-20', precision: 'day' });
  });
  it('dates a month without a year by the year written just before it', () => {
    const found = find('In March 2023, Xi visited Moscow. Later in October, Putin attended the forum.', '2024-05-14');
    expect(found.map((d) => d.date)).toEqual(['2023-03', '2023-10']);
  });
  it('passes on only written years, not ones guessed from the publication date', () => {
    const found = find('The festival opened on December 20 and runs until late February.', '2024-12-22');
    expect(found.map((d) => d.date)).toEqual(['2024-12-20', '2025-02']);
  });
  it('reads bare years and year ranges, not numbers', () => {
    expect(find('the conflict in 1969 and the 2014–2016 talks; $2019 and 1990s and 12019', '2024-05-17').map((d) => [d.date, d.endDate])).toEqual([
      ['1969', undefined],
      ['2014', '2016'],
    ]);
    expect(find('今年是2024年，1969年发生了边界冲突', '2024-05-17').map((d) => d.date)).toEqual(['2024', '2024', '1969']);
  });
});

describe('dates relative to publication', () => {
  it('resolves weekdays to the nearest day, and a bracketed day number wins', () => {
    expect(one('Xi will speak with Putin on Monday.', '2021-06-27').date).toBe('2021-06-28'); // published on a Sunday
    expect(one('Hua said on Friday.', '2021-06-27').date).toBe('2021-06-25');
    expect(one('They met in Beijing this Thursday (16), clearly.', '2024-05-17').date).toBe('2024-05-16');
    expect(one('В четверг они встретились.', '2024-05-17').date).toBe('2024-05-16');
    expect(one('本周五', '2024-05-14').date).toBe('2024-05-17');
  });
  it('resolves yesterday, weeks, months and years to their spans', () => {
    expect(one('Yesterday the leaders met.', '2024-05-17').date).toBe('2024-05-16');
    expect(one('вчера', '2024-05-17').date).toBe('2024-05-16');
    expect(one('the visit last week', '2024-05-17')).toMatchObject({ date: '2024-05-06', endDate: '2024-05-12', precision: 'day' });
    expect(one('上周', '2024-05-17')).toMatchObject({ date: '2024-05-06', endDate: '2024-05-12' });
    expect(one('China published a plan last month.', '2023-03-17')).toMatchObject({ date: '2023-02', precision: 'month' });
    expect(one('record trade last year', '2024-05-17')).toMatchObject({ date: '2023', precision: 'year' });
  });
  it('drops times of day, which chrono dates to the reference day', () => {
    expect(find('5月16日上午，习近平会见普京。下午举行会谈。', '2024-05-17').map((d) => d.text)).toEqual(['5月16日']);
    expect(find('Talks continued in the afternoon and this evening.', '2024-05-17')).toEqual([]);
  });
  it('drops what cannot be resolved without a publication date', () => {
    expect(find('on Monday, yesterday, last week and on May 19')).toEqual([]);
    expect(find('on May 19, 2021')).toEqual([{ text: 'May 19, 2021', date: '2021-05-19', endDate: undefined, precision: 'day' }]);
  });
});

describe('months told relative to the publication year', () => {
  it('reads last/this/next month forms in three languages', () => {
    expect(one('They met last May in Beijing.', '2025-08-31')).toMatchObject({ date: '2025-05', precision: 'month' });
    expect(one('They met last October in Kazan.', '2025-08-31')).toMatchObject({ date: '2024-10', precision: 'month' });
    expect(one('the talks in October last year', '2025-08-31')).toMatchObject({ date: '2024-10', precision: 'month' });
    expect(one('Они встретились 16 мая прошлого года в Пекине.', '2025-08-31')).toMatchObject({ date: '2024-05-16', precision: 'day' });
    expect(one('визит в феврале этого года', '2022-09-15')).toMatchObject({ date: '2022-02', precision: 'month' });
    expect(one('普京繼去年5月赴陸進行國事訪問後', '2025-08-31')).toMatchObject({ text: '去年5月', date: '2024-05', precision: 'month' });
    expect(one('前年十二月', '2025-08-31')).toMatchObject({ date: '2023-12' });
  });
  it('needs the publication date', () => {
    expect(find('16 мая прошлого года и 去年5月')).toEqual([]);
  });
});

describe('parts of a written year', () => {
  it('read the months they name, not the whole year, in three languages', () => {
    expect(one('"Новатэк" планировал начать отгрузки в начале 2024-го, однако вынужден был отложить поставки.', '2025-09-13')).toMatchObject({ text: 'начале 2024-го', date: '2024-01', endDate: '2024-03', via: 'year' });
    expect(one('Проект попал под блокирующие санкции США в конце 2023 года.', '2025-09-13')).toMatchObject({ date: '2023-10', endDate: '2023-12' });
    expect(one('Завод выйдет на полную мощность к середине 2025 года.', '2024-03-01')).toMatchObject({ date: '2025-05', endDate: '2025-08' });
    expect(one('Товарооборот в первой половине 2023-го вырос на 40%.', '2023-08-01')).toMatchObject({ date: '2023-01', endDate: '2023-06' });
    expect(one('Shipments were expected to start in early 2024.', '2025-09-13')).toMatchObject({ text: 'early 2024', date: '2024-01', endDate: '2024-03' });
    expect(one('The plant is due to open by the end of 2019.', '2018-05-01')).toMatchObject({ date: '2019-10', endDate: '2019-12' });
    expect(one('The bridge should open in mid-2024.', '2023-05-01')).toMatchObject({ date: '2024-05', endDate: '2024-08' });
    expect(one('2024年初，首批货物运抵中国。', '2025-09-13')).toMatchObject({ text: '2024年初', date: '2024-01', endDate: '2024-03' });
    expect(one('2023年上半年中俄贸易额增长40%。', '2023-08-01')).toMatchObject({ date: '2023-01', endDate: '2023-06' });
  });
  it("run 'since the start of' a year on to publication within that year; undated, only its first month", () => {
    expect(one('Xi told Putin that the international situation had grown increasingly unstable since the beginning of 2026.', '2026-02-04')).toMatchObject({ date: '2026-01', endDate: '2026-02' });
    expect(one('С начала 2011 года Китай получил около 400 тонн российской нефти')).toMatchObject({ text: 'С начала 2011 года', date: '2011-01', precision: 'month', via: 'year' });
    expect(one('自2011年初以来，俄罗斯经管道向中国输送原油。').date).toBe('2011-01');
    expect(one('Since the start of 2011 Russia has pumped oil to China.', '2018-01-01')).toMatchObject({ date: '2011-01', endDate: '2011-12' });
  });
  it("leave alone what only looks like one: '2024年初步', '2024年中俄', 'the late 1990s'", () => {
    expect(one('2024年初步统计显示').precision).toBe('year');
    expect(one('2024年中俄贸易额').precision).toBe('year');
    expect(find('in the late 1990s')).toEqual([]);
  });
});

describe('anniversaries', () => {
  it('reads traditional characters', () => {
    expect(one('紀念《中俄睦鄰友好合作條約》簽署20週年', '2021-07-16')).toMatchObject({ date: '2001-07-16', eventId: '2001-07-16-treaty' });
  });
  it('resolves to the dataset event of that year named by the nearby words', () => {
    expect(one('the 75th anniversary of the establishment of diplomatic relations', '2024-05-14')).toMatchObject({ date: '1949-10-02', via: 'anniversary', eventId: '1949-10-02-relations' });
    expect(one('timed for the 20th anniversary of the friendship treaty', '2021-06-27')).toMatchObject({ date: '2001-07-16', eventId: '2001-07-16-treaty' });
    expect(one('the twentieth anniversary of the Treaty of Good-Neighborliness', '2021-06-27')).toMatchObject({ eventId: '2001-07-16-treaty' });
    expect(one('a gala marking 75 years of diplomatic relations', '2024-05-17')).toMatchObject({ eventId: '1949-10-02-relations' });
    expect(one('75-летие установления дипломатических отношений', '2024-05-17')).toMatchObject({ eventId: '1949-10-02-relations' });
    expect(one('中俄建交75周年', '2024-05-17')).toMatchObject({ eventId: '1949-10-02-relations' });
    expect(one('中俄建交七十五周年', '2024-05-17')).toMatchObject({ eventId: '1949-10-02-relations' });
  });
  it('without a publication date, counts from the latest year the page writes, only when the words name an event', () => {
    expect(finder.find('In May 2024 they marked the 75th anniversary of the establishment of diplomatic relations.').find((d) => d.via === 'anniversary')).toMatchObject({ eventId: '1949-10-02-relations' });
    expect(finder.find('In 2021 the party marked the 100th anniversary of its founding.').filter((d) => d.via === 'anniversary')).toEqual([]);
  });
  it('dates only the year when no event matches, and ignores durations', () => {
    expect(one('the 100th anniversary of the founding of the party', '2021-06-27')).toMatchObject({ date: '1921', precision: 'year', via: 'anniversary' });
    expect(one('the centenary of the party', '2021-06-27').eventId).toBeUndefined();
    expect(find('after 30 years of hard work', '2024-05-17')).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws; offsets slice to the text; dates are valid; results are deterministic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom(undefined, '2024-05-17', '2000-02-29'), (text, published) => {
        const a = finder.find(text, published);
        expect(finder.find(text, published)).toEqual(a);
        for (const d of a) {
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(isPartialDate(d.date)).toBe(true);
          if (d.endDate) expect(isPartialDate(d.endDate)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('handles date-like noise around real dates', () => {
    const text = 'On May 19 (the 19th), 2024-05-16, 16.05.2024 and MENAFN16052024000045015687 on 5月16日 и 16 мая.';
    for (const d of finder.find(text, '2024-05-17')) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});
