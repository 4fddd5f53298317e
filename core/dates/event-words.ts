/**
 * The dataset events' own words (title, summary, keywords, names of what they involve), for
 * telling which event of a given time a phrase is about: 'the 75th anniversary of diplomatic
 * relations' (an event of 1949), or 'At the end of December, Putin held a video call … inviting
 * him to Moscow' (which December 2022 event?). Words count by rarity across events.
 */
import type { Entity, Event } from '../types';
import { spanOf } from './partial-date';
import { contentTokens } from './tokens';
import { memoized } from '../memoized';

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
  /** The event's place in the shipped word tables, when its words come from there (its sets are then made lazily). */
  tableAt?: number;
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
  /** Every event's words as plain data, for `buildEventWords(…, tables)` elsewhere. */
  tables(): EventWordTables;
}

/**
 * The events' words as plain data (built at build time for the bundled events and shipped): reading
 * every event's text in three languages is most of a woken worker's preparation. Event i (of `ids`)
 * has the words dictionary[word[k]] for k in [start[i], start[i + 1]): its full words, the first
 * tokenCount[i] of them its words, the first titleCount[i] of those its title's, in the order the
 * sets were filled.
 */
export interface EventWordTables {
  ids: string[];
  dictionary: string[];
  start: Uint32Array;
  word: Uint32Array;
  tokenCount: Uint32Array;
  titleCount: Uint32Array;
  /** Per dictionary word: how many of these events have it among their words, and among their full words. */
  df: Uint32Array;
  dfFull: Uint32Array;
}

interface WordSets {
  titleTokens: Set<string>;
  tokens: Set<string>;
  fullTokens: Set<string>;
}

/** Event i's sets from tables (checked by `checkedIndex`). */
function wordSetsAt(t: EventWordTables, i: number): WordSets {
  const from = t.start[i];
  const to = t.start[i + 1];
  const nTokens = t.tokenCount[i];
  const nTitle = t.titleCount[i];
  const titleTokens = new Set<string>();
  const tokens = new Set<string>();
  const fullTokens = new Set<string>();
  for (let k = from; k < to; k++) {
    const w = t.dictionary[t.word[k]];
    const at = k - from;
    if (at < nTitle) titleTokens.add(w);
    if (at < nTokens) tokens.add(w);
    fullTokens.add(w);
  }
  return { titleTokens, tokens, fullTokens };
}

/**
 * Event i's sets, made when first asked for: a page's dates and cues score the events of a few years
 * and kinds, so most events' sets are never needed in a worker's life.
 */
function lazyWordSets(t: EventWordTables, i: number): WordSets {
  let sets: WordSets | undefined;
  const get = () => (sets ??= wordSetsAt(t, i));
  return {
    get titleTokens() {
      return get().titleTokens;
    },
    get tokens() {
      return get().tokens;
    },
    get fullTokens() {
      return get().fullTokens;
    },
  };
}

interface CheckedTables {
  index: Map<string, number>;
  /** Dictionary word → its index, made on the first count asked for. */
  words?: Map<string, number>;
}

const checkedTables = new WeakMap<EventWordTables, CheckedTables>();
/** The tables' id index if every offset and word index in them is in range, else undefined (read the events). */
function checkedIndex(t: EventWordTables): CheckedTables | undefined {
  const hit = checkedTables.get(t);
  if (hit) return hit;
  if (!t || typeof t !== 'object') return undefined;
  const n = Array.isArray(t.ids) ? t.ids.length : -1;
  const shaped =
    n >= 0 && Array.isArray(t.dictionary) && t.start instanceof Uint32Array && t.start.length === n + 1 && t.word instanceof Uint32Array &&
    t.tokenCount instanceof Uint32Array && t.tokenCount.length === n && t.titleCount instanceof Uint32Array && t.titleCount.length === n &&
    t.df instanceof Uint32Array && t.df.length === t.dictionary.length && t.dfFull instanceof Uint32Array && t.dfFull.length === t.dictionary.length;
  if (!shaped || t.start[0] !== 0 || t.start[n] !== t.word.length) return undefined;
  for (let i = 0; i < n; i++) {
    const size = t.start[i + 1] - t.start[i];
    if (size < 0 || t.tokenCount[i] > size || t.titleCount[i] > t.tokenCount[i] || typeof t.ids[i] !== 'string') return undefined;
  }
  const words = t.dictionary.length;
  for (let k = 0; k < t.word.length; k++) if (t.word[k] >= words) return undefined;
  const checked = { index: new Map(t.ids.map((id, i) => [id, i])) };
  checkedTables.set(t, checked);
  return checked;
}

function tablesOf(all: { id: string; sets: WordSets }[]): EventWordTables {
  const dictionary: string[] = [];
  const wordIndex = new Map<string, number>();
  const start = new Uint32Array(all.length + 1);
  const word: number[] = [];
  const tokenCount = new Uint32Array(all.length);
  const titleCount = new Uint32Array(all.length);
  const df: number[] = [];
  const dfFull: number[] = [];
  all.forEach(({ sets }, i) => {
    start[i] = word.length;
    tokenCount[i] = sets.tokens.size;
    titleCount[i] = sets.titleTokens.size;
    let at = 0;
    for (const w of sets.fullTokens) {
      let k = wordIndex.get(w);
      if (k === undefined) {
        wordIndex.set(w, (k = dictionary.push(w) - 1));
        df.push(0);
        dfFull.push(0);
      }
      word.push(k);
      // The first tokenCount of the full words are the words (see EventWordTables).
      if (at++ < sets.tokens.size) df[k]++;
      dfFull[k]++;
    }
  });
  start[all.length] = word.length;
  return {
    ids: all.map((a) => a.id), dictionary, start, word: Uint32Array.from(word), tokenCount, titleCount,
    df: Uint32Array.from(df), dfFull: Uint32Array.from(dfFull),
  };
}

const MIN_MATCH = 2.5;
/** A title's words weigh a little more: the treaty beats the visit it was signed on. */
const TITLE_WEIGHT = 1.2;
/** Kinds of event that are an occasion for something else (a treaty extended on a call, a deal signed on a visit). */
const OCCASIONS = new Set<string>(['call', 'meeting', 'state-visit', 'summit']);
/** Undated descriptions must match far more words than a dated one: nothing else backs them. */
const DESCRIBED = 8;
/** Among one thing's few events the name already narrows the choice: far fewer words will do. */
const AMONG = 1.5;

/**
 * `known`: the words of some of these events already read (`tables()` of the bundled events' words):
 * they are taken as they are, and only the other events (a reader's own) are read here.
 */
export function buildEventWords(events: readonly Event[], entities: readonly Entity[], known?: EventWordTables): EventWords {
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
  const readWords = (event: Event): WordSets => {
    // The Chinese and Russian titles are the event named as those pages name it (their summaries
    // add so many everyday words that a sentence would match every event of a year).
    const told = Object.values(event.translations ?? {}).flatMap((t) => (t ? [t.title] : []));
    // The titles are read once: their words are the title words and part of all the words.
    const titleList = contentTokens([event.title, ...told].join(' \n '));
    const titleTokens = new Set(titleList);
    const tokens = new Set(titleList);
    for (const t of contentTokens([event.summary, ...(event.keywords ?? [])].join(' \n '))) tokens.add(t);
    for (const id of event.entities) for (const t of tokensOfEntity(id)) tokens.add(t);
    const fullTokens = new Set(tokens);
    for (const t of contentTokens(Object.values(event.translations ?? {}).map((t) => t?.summary ?? '').join(' \n '))) fullTokens.add(t);
    return { titleTokens, tokens, fullTokens };
  };
  const checked = known ? checkedIndex(known) : undefined;
  const all: { id: string; sets: WordSets }[] = [];
  const fromTables: WordSets[] = [];
  for (const event of events) {
    const i = checked?.index.get(event.id);
    const sets = i !== undefined ? lazyWordSets(known!, i) : readWords(event);
    all.push({ id: event.id, sets });
    if (i !== undefined) fromTables.push(sets);
    else {
      for (const t of sets.tokens) df.set(t, (df.get(t) ?? 0) + 1);
      for (const t of sets.fullTokens) dfFull.set(t, (dfFull.get(t) ?? 0) + 1);
    }
    let span: [number, number];
    try {
      span = spanOf(event.date, event.endDate);
    } catch {
      continue;
    }
    const ages = new Set<number>();
    for (const m of [event.title, event.summary, ...(event.keywords ?? [])].join('\n').matchAll(AGE)) ages.add(Number(m[1]));
    const bag: EventBag = {
      event, span, ages, tableAt: i,
      get tokens() {
        return sets.tokens;
      },
      get titleTokens() {
        return sets.titleTokens;
      },
      get fullTokens() {
        return sets.fullTokens;
      },
    };
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
  // The tables' counts hold for all their events: used when every one of them is here, else counted.
  const shippedCounts = checked !== undefined && fromTables.length === known!.ids.length;
  if (!shippedCounts) {
    for (const sets of fromTables) {
      for (const t of sets.tokens) df.set(t, (df.get(t) ?? 0) + 1);
      for (const t of sets.fullTokens) dfFull.set(t, (dfFull.get(t) ?? 0) + 1);
    }
  }
  /** A word's place in the shipped dictionary (the map made on first use, once per tables). */
  const wordId = (t: string) => (checked!.words ??= new Map(known!.dictionary.map((w, i) => [w, i]))).get(t);
  const shipped = (counts: Uint32Array, t: string) => {
    if (!shippedCounts) return 0;
    const k = wordId(t);
    return k === undefined ? 0 : counts[k];
  };
  const n = Math.max(events.length, 1);
  // A word's rarity is asked for once per event scored (hundreds per sentence): computed once per word.
  const idf = memoized((t: string) => Math.log((n + 1) / ((df.get(t) ?? 0) + shipped(known?.df as Uint32Array, t) + 0.5)));
  const idfFull = memoized((t: string) => Math.log((n + 1) / ((dfFull.get(t) ?? 0) + shipped(known?.dfFull as Uint32Array, t) + 0.5)));
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

  // A sentence's words with their rarity, for scoring it against many events: looked up once, not per event.
  let lastWords: Set<string> | undefined;
  let lastWeighted: { words: string[]; idfs: number[] } = { words: [], idfs: [] };
  const weighted = (words: Set<string>) => {
    if (words !== lastWords) {
      lastWords = words;
      lastWeighted = { words: [...words], idfs: [...words].map(idf) };
    }
    return lastWeighted;
  };
  // The shipped events' scores for one sentence's words, all at once through the word → events index
  // (for the last sentence asked): the events of a year are scored without making their word sets.
  // Each event's score is summed over the sentence's words in the same order as below.
  let lastScored: Set<string> | undefined;
  let shippedScores = new Float64Array(0);
  const scoresOfShipped = (words: Set<string>) => {
    if (words === lastScored) return shippedScores;
    const { words: list, idfs } = weighted(words);
    const { start, event, factor } = postingsOfShipped();
    const scores = new Float64Array(known!.ids.length);
    for (let k = 0; k < list.length; k++) {
      const id = wordId(list[k]!);
      if (id === undefined) continue;
      const idf = idfs[k]!;
      for (let j = start[id]!, end = start[id + 1]!; j < end; j++) scores[event[j]!] += idf * factor[j]!;
    }
    lastScored = words;
    shippedScores = scores;
    return scores;
  };
  const score = (bag: EventBag, words: Set<string>) => {
    if (bag.tableAt !== undefined) return scoresOfShipped(words)[bag.tableAt]!;
    const { words: list, idfs } = weighted(words);
    // The sets once per event (behind lazy getters), not once per word.
    const tokens = bag.tokens;
    let titles: Set<string> | undefined;
    let s = 0;
    for (let i = 0; i < list.length; i++) {
      const w = list[i]!;
      if (tokens.has(w)) s += idfs[i]! * ((titles ??= bag.titleTokens).has(w) ? TITLE_WEIGHT : 1);
    }
    return s;
  };

  // The word → events index over the shipped tables, made once: a sentence is scored against the
  // events sharing its words instead of every event of a year or kind (hundreds per cue), and no event's
  // word set is made for it.
  let shippedPostings: { start: Int32Array; event: Int32Array; factor: Float64Array } | undefined;
  const postingsOfShipped = () => {
    if (shippedPostings) return shippedPostings;
    const t = known!;
    const count = new Int32Array(t.dictionary.length + 1);
    const last = new Int32Array(t.dictionary.length).fill(-1);
    const each = (fn: (w: number, event: number, k: number) => void) => {
      for (let e = 0; e < t.ids.length; e++) {
        const from = t.start[e]!;
        for (let k = 0, n = t.tokenCount[e]!; k < n; k++) {
          const w = t.word[from + k]!;
          // A word listed twice for one event counts once, as in its set.
          if (last[w] === e) continue;
          last[w] = e;
          fn(w, e, k);
        }
      }
    };
    each((w) => count[w + 1]++);
    for (let w = 0; w < t.dictionary.length; w++) count[w + 1] += count[w]!;
    const event = new Int32Array(count[t.dictionary.length]!);
    const factor = new Float64Array(event.length);
    const fill = count.slice(0, t.dictionary.length);
    last.fill(-1);
    // The first titleCount of an event's words are its title's (see EventWordTables).
    each((w, e, k) => {
      const j = fill[w]++;
      event[j] = e;
      factor[j] = k < t.titleCount[e]! ? TITLE_WEIGHT : 1;
    });
    return (shippedPostings = { start: count, event, factor });
  };
  // Per kind, the postings of its events that are not in the shipped tables (a reader's own; every event
  // of an engine built without tables): word → their positions in the kind's list, with the word's weight.
  const ownPostingsByKind = new Map<string, Map<string, { at: number[]; factor: number[] }>>();
  const ownPostings = (kind: string, bags: readonly EventBag[]) => {
    let postings = ownPostingsByKind.get(kind);
    if (postings) return postings;
    postings = new Map();
    for (let i = 0; i < bags.length; i++) {
      const bag = bags[i]!;
      if (bag.tableAt !== undefined) continue;
      const titles = bag.titleTokens;
      for (const w of bag.tokens) {
        let list = postings.get(w);
        if (!list) postings.set(w, (list = { at: [], factor: [] }));
        list.at.push(i);
        list.factor.push(titles.has(w) ? TITLE_WEIGHT : 1);
      }
    }
    ownPostingsByKind.set(kind, postings);
    return postings;
  };
  /** The kind's events' scores for the sentence, in its list's order: the shipped ones' from the sentence's scores. */
  const scoresOfKind = (kind: string, bags: readonly EventBag[], words: Set<string>) => {
    const scores = new Float64Array(bags.length);
    const postings = ownPostings(kind, bags);
    if (postings.size) {
      const { words: list, idfs } = weighted(words);
      for (let k = 0; k < list.length; k++) {
        const posting = postings.get(list[k]!);
        if (!posting) continue;
        const { at, factor } = posting;
        for (let j = 0; j < at.length; j++) scores[at[j]!] += idfs[k]! * factor[j]!;
      }
    }
    if (checked) {
      const shippedScores = scoresOfShipped(words);
      for (let i = 0; i < bags.length; i++) {
        const at = bags[i]!.tableAt;
        if (at !== undefined) scores[i] = shippedScores[at]!;
      }
    }
    return scores;
  };

  return {
    tables: () => tablesOf(all),
    bestOfYear(year, context, age) {
      const words = tokensOf(context);
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
      const words = tokensOf(context);
      let best: [number, string] = [0, ''];
      let second = 0;
      for (const kind of kinds) {
        const bags = byKind.get(kind) ?? [];
        const scores = scoresOfKind(kind, bags, words);
        for (let i = 0; i < bags.length; i++) {
          const s = scores[i]!;
          // An event sharing no word with the sentence scores 0: neither the best nor the second.
          if (!(s > 0)) continue;
          const bag = bags[i]!;
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
        for (const w of words) if (bag.fullTokens.has(w)) s += idfFull(w) * (bag.titleTokens.has(w) ? TITLE_WEIGHT : 1);
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
