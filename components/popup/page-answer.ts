/**
 * 'On this page' in the reader's terms: one sentence saying what the article is about (its main
 * event with the date, or that it mentions China and Russia only in passing), the reasons behind a
 * 'Why?' written for a reader, and one plain line per linked event saying what tied it to the page.
 * The classifier's own reasons (mention counts, cue counts) stay out of it.
 */
import type { EntityCount, EvidencePiece, LinkedEvent, PageAnalysis } from '../../core/types';

type DateFormat = (date: string, endDate?: string) => string;

/** The tiers shown plainly; links from an older background (no tier) are shown as before. */
export const isPlain = (e: Pick<LinkedEvent, 'tier'>) => e.tier !== 'possible';

/** The event the page is about, if one is: the first of the 'about' tier. */
export function mainEvent(a: PageAnalysis): LinkedEvent | undefined {
  if (a.events.some((e) => e.tier)) return a.events.find((e) => e.tier === 'about');
  return a.events.reduce<LinkedEvent | undefined>((best, e) => (!best || e.score > best.score ? e : best), undefined);
}

export function pageHeadline(a: PageAnalysis, date: DateFormat): string {
  if (a.readerSaysNot) return 'You said this is not a China–Russia page.';
  const china = a.entities.some((e) => e.side === 'china' || e.side === 'both');
  const russia = a.entities.some((e) => e.side === 'russia' || e.side === 'both');
  if (!a.sinoRussian) {
    if (china && russia) return 'This page mentions China and Russia in passing.';
    if (china || russia) return `This page mentions only ${china ? 'China' : 'Russia'}, not the two together.`;
    return 'This page says nothing about China or Russia.';
  }
  const main = mainEvent(a);
  if (main) return `This article is about: ${trimStop(main.title)}, ${date(main.date, main.endDate)}.`;
  const recalled = a.events.filter(isPlain).length;
  if (recalled) return `This article is about China–Russia relations and refers to ${recalled === 1 ? 'one earlier event' : `${recalled} earlier events`}.`;
  return 'This article is about China–Russia relations; it names no dated event we know of.';
}

const PIECE_WORDS: Record<EvidencePiece, string> = {
  names: 'it names who or what took part',
  words: 'it speaks of it in its own words',
  detail: 'it retells it in detail',
  date: 'it gives its date',
  published: 'it was published at the time',
};

/** 'The article gives its date and names who or what took part.' */
export function eventReason(e: LinkedEvent): string {
  const pieces = (e.pieces ?? []).filter((p) => p in PIECE_WORDS);
  if (pieces.length === 0) return e.why.join(' · ');
  const said = pieces.map((p) => PIECE_WORDS[p]);
  const list = said.length === 1 ? said[0] : `${said.slice(0, -1).join(', ')} and ${said[said.length - 1]}`;
  return `Linked because ${list}.`;
}

/** People first (they say most about a story), then the most named; the side's country name last. */
const names = (list: EntityCount[]) =>
  [...list]
    .sort((a, b) => Number(b.type === 'person') - Number(a.type === 'person') || Number(a.type === 'concept') - Number(b.type === 'concept') || b.count - a.count)
    .slice(0, 3)
    .map((e) => e.name)
    .join(', ');

/** The reasons behind the headline, for the 'Why?' disclosure. */
export function pageReasons(a: PageAnalysis): string[] {
  if (a.readerSaysNot) return ['You marked this page yourself. Undo it to let the lens decide again.'];
  const china = a.entities.filter((e) => e.side === 'china');
  const russia = a.entities.filter((e) => e.side === 'russia');
  const both = a.entities.filter((e) => e.side === 'both');
  const out: string[] = [];
  if (china.length) out.push(`On China's side it names ${names(china)}.`);
  if (russia.length) out.push(`On Russia's side it names ${names(russia)}.`);
  if (both.length) out.push(`It names things of the two together: ${names(both)}.`);
  if (!a.sinoRussian) {
    out.push(china.length && russia.length ? 'The two sides appear too rarely or too far apart for a story about China and Russia.' : 'Only one side appears.');
    return out;
  }
  const main = mainEvent(a);
  if (main) out.push(`Its main event: ${trimStop(main.title)}. ${eventReason(main)}`);
  const folded = a.events.filter((e) => !isPlain(e)).length;
  if (folded) out.push(`${folded === 1 ? 'One more event is' : `${folded} more events are`} only possibly related: each has a single clue.`);
  return out;
}

const trimStop = (s: string) => s.replace(/[.。]\s*$/, '');
