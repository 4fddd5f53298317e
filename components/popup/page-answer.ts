/**
 * 'On this page' in the reader's terms: one sentence saying what the article is about (its main
 * event with the date, or that it mentions China and Russia only in passing), the reasons behind a
 * 'Why?' written for a reader, and one plain line per linked event saying what tied it to the page.
 * The classifier's own reasons (mention counts, cue counts) stay out of it. In the reader's language.
 */
import type { EntityCount, EvidencePiece, LinkedEvent, PageAnalysis } from '../../core/types';
import type { MessageKey, Translator } from '../../lib/i18n/i18n';

type DateFormat = (date: string, endDate?: string) => string;
/** The event's title in the language dataset text is shown in. */
type TitleOf = (e: LinkedEvent) => string;
type T = Pick<Translator, 't' | 'list'>;

/** The tiers shown plainly; links from an older background (no tier) are shown as before. */
export const isPlain = (e: Pick<LinkedEvent, 'tier'>) => e.tier !== 'possible';

/** The event the page is about, if one is: the first of the 'about' tier (without tiers, the best scored). */
export function mainEvent(a: PageAnalysis): LinkedEvent | undefined {
  if (a.events.some((e) => e.tier)) return a.events.find((e) => e.tier === 'about');
  return a.events.reduce<LinkedEvent | undefined>((best, e) => (!best || e.score > best.score ? e : best), undefined);
}

const trimStop = (s: string) => s.replace(/[.。]\s*$/, '');

export function pageHeadline(a: PageAnalysis, { t }: T, date: DateFormat, title: TitleOf = (e) => e.title): string {
  if (a.readerSaysNot) return t('page.answer.readerSaysNot');
  const china = a.entities.some((e) => e.side === 'china' || e.side === 'both');
  const russia = a.entities.some((e) => e.side === 'russia' || e.side === 'both');
  if (!a.sinoRussian) {
    if (china && russia) return t('page.answer.passing');
    if (china) return t('page.answer.onlyChina');
    if (russia) return t('page.answer.onlyRussia');
    return t('page.answer.nothing');
  }
  const main = mainEvent(a);
  if (main) return t('page.answer.main', { title: trimStop(title(main)), date: date(main.date, main.endDate) });
  const recalled = a.events.filter(isPlain).length;
  if (recalled) return t('page.answer.refers', { count: recalled });
  return t('page.answer.noEvent');
}

const PIECE_KEY: Record<EvidencePiece, MessageKey> = {
  names: 'evidence.names',
  words: 'evidence.words',
  detail: 'evidence.detail',
  date: 'evidence.date',
  published: 'evidence.published',
};

/** 'Linked because it gives its date and it names who or what took part.' */
export function eventReason(e: LinkedEvent, { t, list }: T): string {
  const pieces = (e.pieces ?? []).filter((p) => p in PIECE_KEY);
  if (pieces.length === 0) return e.why.join(' · ');
  return t('page.reason.event', { list: list(pieces.map((p) => t(PIECE_KEY[p]))) });
}

/** People first (they say most about a story), then the most named; a country's own name last. */
const names = (list: EntityCount[]) =>
  [...list]
    .sort((a, b) => Number(b.type === 'person') - Number(a.type === 'person') || Number(a.type === 'concept') - Number(b.type === 'concept') || b.count - a.count)
    .slice(0, 3)
    .map((e) => e.name);

/** The reasons behind the headline, for the 'Why?' disclosure. */
export function pageReasons(a: PageAnalysis, tr: T, title: TitleOf = (e) => e.title): string[] {
  const { t, list } = tr;
  if (a.readerSaysNot) return [t('page.reason.readerSaid')];
  const china = a.entities.filter((e) => e.side === 'china');
  const russia = a.entities.filter((e) => e.side === 'russia');
  const both = a.entities.filter((e) => e.side === 'both');
  const out: string[] = [];
  if (china.length) out.push(t('page.reason.china', { names: list(names(china)) }));
  if (russia.length) out.push(t('page.reason.russia', { names: list(names(russia)) }));
  if (both.length) out.push(t('page.reason.both', { names: list(names(both)) }));
  if (!a.sinoRussian) {
    out.push(t(china.length && russia.length ? 'page.reason.apart' : 'page.reason.oneSide'));
    return out;
  }
  const main = mainEvent(a);
  if (main) out.push(t('page.reason.main', { title: trimStop(title(main)), reason: eventReason(main, tr) }));
  const folded = a.events.filter((e) => !isPlain(e)).length;
  if (folded) out.push(t('page.reason.folded', { count: folded }));
  return out;
}
