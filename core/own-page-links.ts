/**
 * The reader's own events that cite a page ('Add this article as an event' puts the page's address in the
 * event's sources) are linked on that page as what it is about, whatever the text evidence: the reader
 * said so. Pure: the caller gives the page key and how to key a source URL.
 */
import type { Event, LinkedEvent, PageAnalysis } from './types';

export function ownEventsCitingPage(events: readonly Event[], page: string, keyOf: (url: string) => string | undefined): Event[] {
  return events.filter((e) => e.own && e.sources.some((s) => keyOf(s) === page));
}

export function linkOwnEventsCitingPage<T extends PageAnalysis>(analysis: T, citing: readonly Event[], hidden: readonly string[] = []): T {
  const hide = new Set(hidden);
  const add = citing.filter((e) => !hide.has(e.id));
  if (!add.length) return analysis;
  const ids = new Set(add.map((e) => e.id));
  const top = Math.max(1, ...analysis.events.map((e) => e.score));
  const linked: LinkedEvent[] = add.map((e) => ({
    id: e.id,
    date: e.date,
    ...(e.endDate ? { endDate: e.endDate } : {}),
    title: e.title,
    kind: e.kind,
    score: top,
    why: ['you added it from this page'],
    own: true,
    tier: 'about',
  }));
  return { ...analysis, events: [...linked, ...analysis.events.filter((e) => !ids.has(e.id))] };
}
