/** The popup's plain answer and its 'Why?', from real engine output on short pages written for the test. */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { createEngine } from '../../core/engine';
import { eventReason, pageHeadline, pageReasons } from '../../components/popup/page-answer';
import { formatDateRange } from '../../components/popup/format-date';
import { translator } from '../../lib/i18n/i18n';

const en = translator('en');
const ru = translator('ru');

const engine = createEngine(dataset);
const date = (d: string, e?: string) => formatDateRange(d, e, 'en-GB');

describe("'On this page' in the reader's terms", () => {
  it("names the main event and its dates on a visit's first day", () => {
    const text = 'Vladimir Putin arrived in Beijing on Thursday on a two-day state visit to China, his first trip abroad since his inauguration, for talks with Xi Jinping. On Friday he travels to Harbin for the China-Russia Expo.';
    const { analysis } = engine.scan(text, '2024-05-16');
    expect(pageHeadline(analysis, en, date)).toMatch(/^This article is about: Putin.*state visit.*, 16\s?–\s?17 May 2024\.$/);
    const why = pageReasons(analysis, en);
    expect(why.join(' ')).toMatch(/Xi Jinping/);
    expect(why.join(' ')).toMatch(/Vladimir Putin/);
    // None of the classifier's internals.
    expect(why.join(' ')).not.toMatch(/mention\(s\)|cue|×\d|score/);
    expect(eventReason(analysis.events[0], en)).toMatch(/^Linked because .*published at the time/);
  });
  it('says a page mentions China and Russia in passing', () => {
    const text = 'The ice hockey final in Helsinki drew a record crowd. Fans came from Finland, Sweden and Canada; one banner greeted visitors from Russia, another from China. The home side won 3–2 after extra time, and the coach thanked the city.';
    const { analysis } = engine.scan(text, '2024-05-16');
    expect(analysis.sinoRussian).toBe(false);
    expect(pageHeadline(analysis, en, date)).toBe('This page mentions China and Russia in passing.');
    // In the reader's language.
    expect(pageHeadline(analysis, ru, date)).toBe('На этой странице Китай и Россия упомянуты вскользь.');
  });
  it("respects the reader's verdict", () => {
    const { analysis } = engine.scan('Xi Jinping and Vladimir Putin met in Samarkand in September 2022.', '2023-03-17');
    expect(pageHeadline({ ...analysis, sinoRussian: false, readerSaysNot: true }, en, date)).toBe('You said this is not a China–Russia page.');
  });
});
