/**
 * The dataset events' own words (title, summary, keywords, names of what they involve), for
 * telling which event of a given time a phrase is about: 'the 75th anniversary of diplomatic
 * relations' (an event of 1949), or 'At the end of December, Putin held a video call … inviting
 * him to Moscow' (which December 2022 event?). Words count by rarity across events.
 */
import type { Entity, Event } from '../types';
import { spanOf } from './partial-date';
import { contentTokens } from './tokens';

interface EventBag {
  event: Event;
  span: [number, number];
  tokens: Set<string>;
  /** Title words weigh a little more: the treaty beats the visit it was signed on. */
  titleTokens: Set<string>;
  /**
   * `tokens` and the Chinese and Russian summaries: among one thing's few events (no year to match
   * against) the summary's everyday words are what tell its launch from its contract.
   */
  fullTokens: Set<string>;
  /** Ages of the anniversaries the event's text marks ('80th anniversary', '80周年', '80-летие'). */
  ages: Set<number>;
}

const AGE = /(?<!\d)(\d{1,3})(?:st|nd|rd|th)?[- ]?(?:anniversary|周年|週年|-?лети\p{L}*|-?(?:я|й)\s+годовщин\p{L}*)/giu;

export interface EventWords {
  /**
   * The best event among those of `year` whose words match `context` well enough. With `age`
   * (an anniversary's), an event whose own text marks that anniversary ('建交70周年') is told by it.
   */
  bestOfYear(year: number, context: string, age?: number): Event | undefined;
  /** Events overlapping [first, last] (day numbers) whose words match `context` well enough, best first. */
  matching(first: number, last: number, context: string): string[];
  /**
   * Without any date: the one event of these kinds that `context` describes, if it clearly does
   * ('a plan to resolve the Ukraine conflict, … a ceasefire, … Cold War mentality').
   */
  describedOfKinds(kinds: readonly string[], context: string): { id: string; strength: number } | undefined;
  /**
   * Among the events of one named thing (the treaty, the pipeline), the one `context` tells of
   * ('… announced the extension of the treaty'), by the words they do not all share.
   */
  describedAmong(ids: readonly string[], context: string): { id: string; strength: number } | undefined;
  byId(id: string): Event | undefined;
  /** Events within [first, last] whose own text names an anniversary of this age ('80th anniversary'), best told by `context` first. */
  commemorating(age: number, first: number, last: number, context: string): Event | undefined;
}

const MIN_MATCH = 2.5;
/** Kinds of event that are an occasion for something else (a treaty extended on a call, a deal signed on a visit). */
const OCCASIONS = new Set<string>(['call', 'meeting', 'state-visit', 'summit']);
/** Undated descriptions must match far more words than a dated one: nothing else backs them. */
const DESCRIBED = 8;
/** Among one thing's few events the name already narrows the choice: far fewer words will do. */
const AMONG = 1.5;

export function buildEventWords(events: readonly Event[], entities: readonly Entity[]): EventWords {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const byYear = new Map<number, EventBag[]>();
  const byKind = new Map<string, EventBag[]>();
  const bagById = new Map<string, EventBag>();
  const df = new Map<string, number>();
  const dfFull = new Map<string, number>();
  // China, Russia and Putin are in half the events: tokenize each entity's names once.
  const entityTokens = new Map<string, string[]>();
  const tokensOfEntity = (id: string): string[] => {
    let list = entityTokens.get(id);
    if (!list) {
      const entity = byId.get(id);
      list = entity ? [...new Set(contentTokens([entity.name, ...entity.aliases.filter((a) => !a.ambiguous).map((a) => a.text)].join(' \n ')))] : [];
      entityTokens.set(id, list);
    }
    return list;
  };
  for (const event of events) {
    // The Chinese and Russian titles are the event named as those pages name it (their summaries
    // add so many everyday words that a sentence would match every event of a year).
    const told = Object.values(event.translations ?? {}).flatMap((t) => (t ? [t.title] : []));
    // The titles are read once: their words are the title words and part of all the words.
    const titleList = contentTokens([event.title, ...told].join(' \n '));
    const titleTokens = new Set(titleList);
    const tokens = new Set(titleList);
    for (const t of contentTokens([event.summary, ...(event.keywords ?? [])].join(' \n '))) tokens.add(t);
    for (const id of event.entities) for (const t of tokensOfEntity(id)) tokens.add(t);
    for (const t of tokens) df.set(t, (df.get(t) ?? 0) + 1);
    const fullTokens = new Set(tokens);
    for (const t of contentTokens(Object.values(event.translations ?? {}).map((t) => t?.summary ?? '').join(' \n '))) fullTokens.add(t);
    for (const t of fullTokens) dfFull.set(t, (dfFull.get(t) ?? 0) + 1);
    let span: [number, number];
    try {
      span = spanOf(event.date, event.endDate);
    } catch {
      continue;
    }
    const ages = new Set<number>();
    for (const m of [event.title, event.summary, ...(event.keywords ?? [])].join('\n').matchAll(AGE)) ages.add(Number(m[1]));
    const bag: EventBag = { event, span, tokens, titleTokens, fullTokens, ages };
    // push, not a spread copy: copying the list per event was quadratic in a kind's size (~0.1 s at 1,300 events).
    const sameKind = byKind.get(event.kind);
    if (sameKind) sameKind.push(bag);
    else byKind.set(event.kind, [bag]);
    bagById.set(event.id, bag);
    for (let y = Number(event.date.slice(0, 4)), end = Number((event.endDate ?? event.date).slice(0, 4)); y <= end; y++) {
      const list = byYear.get(y) ?? [];
      list.push(bag);
      byYear.set(y, list);
    }
  }
  const n = Math.max(events.length, 1);
  const idf = (t: string) => Math.log((n + 1) / ((df.get(t) ?? 0) + 0.5));
  const idfFull = (t: string) => Math.log((n + 1) / ((dfFull.get(t) ?? 0) + 0.5));
  // One word unique to an event is enough in a small dataset, two or more in a large one.
  const minMatch = Math.min(MIN_MATCH, 0.9 * Math.log((n + 1) / 1.5));

  // Dates in one sentence share its words: remember the last sentence tokenized.
  let lastContext = '';
  let lastTokens = new Set<string>();
  const tokensOf = (context: string) => {
    if (context !== lastContext) {
      lastContext = context;
      lastTokens = new Set(contentTokens(context));
    }
    return lastTokens;
  };

  const score = (bag: EventBag, words: Set<string>) => {
    let s = 0;
    for (const w of words) if (bag.tokens.has(w)) s += idf(w) * (bag.titleTokens.has(w) ? 1.2 : 1);
    return s;
  };

  return {
    bestOfYear(year, context, age) {
      const words = new Set(contentTokens(context));
      let best: Event | undefined;
      let bestScore = minMatch;
      for (const bag of byYear.get(year) ?? []) {
        if (Number(bag.event.date.slice(0, 4)) !== year) continue;
        const raw = score(bag, words);
        // Its own words mark this very anniversary: the page's phrase names it, the match confirms.
        const s = raw > 0 && age !== undefined && bag.ages.has(age) ? raw + minMatch * 2 : raw;
        if (s > bestScore || (s === bestScore && (!best || bag.event.date < best.date))) {
          best = bag.event;
          bestScore = s;
        }
      }
      return best;
    },
    describedOfKinds(kinds, context) {
      const words = new Set(contentTokens(context));
      let best: [number, string] = [0, ''];
      let second = 0;
      for (const kind of kinds) {
        for (const bag of byKind.get(kind) ?? []) {
          const s = score(bag, words);
          if (s > best[0]) {
            second = best[0];
            best = [s, bag.event.id];
          } else if (s > second) second = s;
        }
      }
      const needed = minMatch * DESCRIBED;
      return best[0] >= needed && best[0] >= second * 1.3 ? { id: best[1], strength: Math.round((best[0] / needed) * 100) / 100 } : undefined;
    },
    byId: (id) => bagById.get(id)?.event,
    commemorating(age, first, last, context) {
      let best: EventBag | undefined;
      let bestScore = -1;
      const y0 = new Date(first * 86_400_000).getUTCFullYear();
      const y1 = new Date(last * 86_400_000).getUTCFullYear();
      for (let y = y0; y <= y1; y++) {
        for (const bag of byYear.get(y) ?? []) {
          if (!bag.ages.has(age) || bag.span[1] < first || bag.span[0] > last) continue;
          const s = score(bag, tokensOf(context));
          if (s > bestScore) {
            best = bag;
            bestScore = s;
          }
        }
      }
      return best?.event;
    },
    describedAmong(ids, context) {
      const bags = ids.map((id) => bagById.get(id)).filter((b): b is EventBag => b !== undefined);
      if (bags.length < 2) return undefined;
      // Words every candidate has (the thing's own name) tell none of them apart.
      const words = new Set([...tokensOf(context)].filter((w) => !bags.every((b) => b.fullTokens.has(w))));
      let best: [number, string] = [0, ''];
      let second = 0;
      const scores = new Map<EventBag, number>();
      for (const bag of bags) {
        let s = 0;
        for (const w of words) if (bag.fullTokens.has(w)) s += idfFull(w) * (bag.titleTokens.has(w) ? 1.2 : 1);
        scores.set(bag, s);
        if (s > best[0]) {
          second = best[0];
          best = [s, bag.event.id];
        } else if (s > second) second = s;
      }
      const needed = minMatch * AMONG;
      if (best[0] < needed || best[0] < second * 1.4 + minMatch * 0.5) return undefined;
      // The thing's name is the sentence's subject: of a call (a visit) and the thing done at it on
      // the same days ('the treaty will be extended for five years'; the extension announced in a
      // video meeting), the sentence tells of the thing's own moment, when its words fit that too.
      // The occasion is for the page's own word for it to name (link-events dates an occasion the
      // page speaks of by the thing).
      const winner = bagById.get(best[1])!;
      const own = OCCASIONS.has(winner.event.kind) ? bags.find((b) => !OCCASIONS.has(b.event.kind) && b.span[0] <= winner.span[1] && b.span[1] >= winner.span[0] && scores.get(b)! >= needed) : undefined;
      return { id: (own ?? winner).event.id, strength: Math.round((best[0] / needed) * 100) / 100 };
    },
    matching(first, last, context) {
      const y0 = new Date(first * 86_400_000).getUTCFullYear();
      const y1 = new Date(last * 86_400_000).getUTCFullYear();
      if (y1 - y0 > 1) return []; // a decade is no anchor for words
      let words: Set<string> | undefined;
      const found: [number, string][] = [];
      // A whole year holds many events: its sentence must say much more to single one out.
      const needed = minMatch * (last - first > 31 ? 3 : 1.6);
      const seen = new Set<string>();
      for (let y = y0; y <= y1; y++) {
        for (const bag of byYear.get(y) ?? []) {
          if (seen.has(bag.event.id) || bag.span[1] < first || bag.span[0] > last) continue;
          seen.add(bag.event.id);
          words ??= tokensOf(context);
          const s = score(bag, words);
          if (s >= needed) found.push([s, bag.event.id]);
        }
      }
      found.sort((a, b) => b[0] - a[0]);
      // Only the clear winners: a shared 'Putin' or 'Moscow' must not tie every event of the month.
      return found.filter(([s]) => s >= found[0][0] * 0.75).map(([, id]) => id);
    },
  };
}

/** The sentence holding [start, end), at most ~160 characters each side: what the words there are about. */
export function sentenceAround(text: string, start: number, end: number): string {
  const [from, to] = sentenceBounds(text, start, end);
  return text.slice(from, to);
}

/** Offsets [from, to) of `sentenceAround`'s sentence in `text`. */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const left = Math.max(0, start - 160);
  const right = Math.min(text.length, end + 160);
  const before = text.slice(left, start);
  const after = text.slice(end, right);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('。'), before.lastIndexOf('\n'));
  const stop = after.search(/[.!?。！？\n](?:\s|$)/);
  return [left + cut + 1, stop >= 0 ? end + stop : right];
}
