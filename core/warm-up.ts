/**
 * Texts for warming a freshly built engine in an idle moment: a woken worker's first pages in each language
 * otherwise pay for compiling the engine's code on first use (a first Russian page ~30 ms, against ~3 ms
 * once warm). Made from the dataset's own titles and summaries in the three languages (a sample), plus a few
 * neutral sentences with the everyday date phrases of news (weekdays, relative dates) that summaries rarely
 * hold. The engine's answers do not depend on them: its caches only remember what it computed.
 */
import type { Dataset } from './types';
import type { Engine } from './engine';
import { chronoDates } from './dates/chrono-dates';

/** The publication day the texts are read as of (any day: only the code's first use matters). */
const DAY = '2024-09-05';

/** Events taken: one in this many, so the texts stay a few thousand characters. */
const EVERY = 200;

const DATE_PHRASES = {
  en: 'On Monday officials said the talks held last week would resume next month. On Tuesday, 3 September 2024, the delegation arrived; a year earlier, in mid-June, the sides met again.',
  zh: '周一，官员表示，上周举行的会谈将于下月恢复。2024年9月3日星期二，代表团抵达；一年前的6月中旬，双方再次会面。',
  ru: 'В понедельник официальные лица заявили, что переговоры, прошедшие на прошлой неделе, возобновятся в следующем месяце. Во вторник, 3 сентября 2024 года, делегация прибыла; годом ранее, в середине июня, стороны встретились снова.',
} as const;

/** One text per language: sampled events' titles and summaries, then the date phrases. */
export function warmUpTexts(data: Dataset): string[] {
  const sample = data.events.filter((_, i) => i % EVERY === 0);
  const en = sample.map((e) => `${e.title}. ${e.summary}`);
  const zh = sample.flatMap((e) => (e.translations?.zh ? [`${e.translations.zh.title}。${e.translations.zh.summary}`] : []));
  const ru = sample.flatMap((e) => (e.translations?.ru ? [`${e.translations.ru.title}. ${e.translations.ru.summary}`] : []));
  return [[...en, DATE_PHRASES.en], [...zh, DATE_PHRASES.zh], [...ru, DATE_PHRASES.ru]].map((parts) => parts.join('\n\n'));
}

/**
 * The warm-up as small steps (one per task, each a few milliseconds once the first is done): per language,
 * the date parser over the whole text (the engine runs it only on windows that may hold a date, which
 * leaves parts of it cold), then the text's analysis and its summary.
 */
export function warmUpSteps(engine: Pick<Engine, 'analyze' | 'summarize'>, data: Dataset): Array<() => void> {
  return warmUpTexts(data).flatMap((text) => {
    let features: ReturnType<Engine['analyze']> | undefined;
    return [
      () => void chronoDates(text, DAY),
      () => void (features = engine.analyze(text, DAY)),
      () => void engine.summarize(features!, DAY),
    ];
  });
}
