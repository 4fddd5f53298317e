/**
 * Ranks dataset events by the evidence a page holds for them. Evidence, strongest first: an
 * anniversary resolved to the event, the event's own key phrase, a date that falls on the event
 * (day > month > year) written near words naming what it involves, kind cues near that date,
 * specific entities (a treaty, a pipeline, Samarkand: rare across events, hence weighted by
 * inverse event frequency; 'China' or 'Putin' weigh little), and closeness to the publication
 * day. Events backed only by common entities are left out, so the list shows real links.
 */
import type { Cue, DateMention, Entity, EntityType, Event, EvidencePiece, LinkedEvent, LinkTier, Reference } from './types';
import { gapDays, precisionOf, spanOf } from './dates/partial-date';
import { datesEvidence, mayDate, nearestDistance, spanDates } from './link-dates';
import { indexCues, kindCueEvidence, phraseEvidence } from './link-cues';
import { memoized } from './memoized';

export interface LinkInput {
  references: readonly Reference[];
  dates: readonly DateMention[];
  cues: readonly Cue[];
  published?: string;
  limit?: number;
  /**
   * For pages not about the relationship (a hockey story that names Putin): list only events the
   * page identifies outright (key phrase, anniversary, a date told in the event's words).
   */
  identifiedOnly?: boolean;
}

export interface EventLinker {
  link(input: LinkInput): LinkedEvent[];
}

const TYPE_FACTOR: Record<EntityType, number> = {
  agreement: 1.3, project: 1.3, exercise: 1.3, event: 1.2, place: 1, organisation: 0.9, person: 0.8, concept: 0.7,
};
/**
 * An entity in at most ~1.5% of events (4 of 268 when these were set) identifies them by itself
 * (Samarkand, the 2001 treaty). A share, not a count: a dataset four times larger names Kazan or
 * the Power of Siberia in more events without their becoming any less specific to a reader.
 */
const SPECIFIC_SHARE = 4 / 268;
const ENTITY_SCALE = 0.45;
const GENERIC_SHARE = 0.15;
/** A year's sentence tells of an event only beside one of its names in at most this share of events. */
const YEAR_TELLING_SHARE = 0.06;
/** Things (not people or offices) named by at most this share of events identify them by themselves. */
const NAMING_SHARE = 8 / 268;
const NAMING_TYPES = new Set<EntityType>(['agreement', 'project', 'exercise', 'event']);

type Piece = EvidencePiece;
type Scored = LinkedEvent & { evidence: number; gap: number; tier: LinkTier; pieces: Piece[]; spoken: boolean; dateAt?: number };
const TIER_ORDER: Record<LinkTier, number> = { about: 0, refers: 1, possible: 2 };
/** Of the page's well-evidenced events, those scoring at least this share of the best are what it is about. */
const ABOUT_SHARE = 0.6;
const NEWS_SHARE = 0.5;
const ABOUT_MAX = 3;
/** How close an announcing word must stand to the event's names ('the upcoming BRICS summit in Kazan'). */
const ANNOUNCE_NEAR = 60;
/** A phrase score this high is a described sentence, not a key phrase (see link-cues.ts). */
const DESCRIBED_PIECE = 5;
const DETAILED_PIECE = 6.5;
/** Longer than this, an event (an exhibition, a year of exchanges) is news only at its ends. */
const LONG_EVENT_DAYS = 14;
/** How far ahead of publication a dated, named event is still the page's own news (a preview). */
const PREVIEW_DAYS = 45;

/** Days between an event and the publication; an event of weeks counts by its opening or its close. */
function newsGap(span: [number, number], pubSpan: [number, number]): number {
  // An exhibition or a programme that runs for months was open on many pages' days: only its opening
  // or its close is news of the day.
  return span[1] - span[0] > LONG_EVENT_DAYS ? Math.min(gapDays([span[0], span[0]], pubSpan), gapDays([span[1], span[1]], pubSpan)) : gapDays(span, pubSpan);
}

export function createEventLinker(events: readonly Event[], entities: ReadonlyMap<string, Entity>): EventLinker {
  const df = new Map<string, number>();
  for (const e of events) for (const id of new Set(e.entities)) df.set(id, (df.get(id) ?? 0) + 1);
  const n = Math.max(events.length, 1);
  // Every page asks for the same few hundred names' rarity once per event it scores: kept, not recomputed.
  const idf = memoized((id: string) => Math.log((n + 1) / ((df.get(id) ?? 0) + 0.5)));
  // Never below the counts the shares were set from, so a small dataset (a test's) reads as before.
  const SPECIFIC_IDF = Math.log((n + 1) / (Math.max(4, n * SPECIFIC_SHARE) + 0.5));
  // A phrase naming the relationship itself is never specific, however few events list it.
  const specific = (id: string) => entities.get(id)?.type !== 'concept' && idf(id) >= SPECIFIC_IDF;
  // A pipeline, a treaty, an exercise series or Samarkand picks out its few events by itself; a
  // ministry or an official in as few events does not (they are in the news every week).
  const NAMING_IDF = Math.log((n + 1) / (Math.max(8, n * NAMING_SHARE) + 0.5));
  const identifies = (id: string) => {
    const type = entities.get(id)?.type;
    if (type === 'place') return specific(id);
    return type !== undefined && NAMING_TYPES.has(type) && idf(id) >= NAMING_IDF;
  };
  // 'China', 'Russia', 'Putin': named by a large share of events, they back nothing on their own.
  const common = (id: string) => (df.get(id) ?? 0) > n * GENERIC_SHARE;
  // Weights on the scale they were set at (268 events): idf grows with the dataset's size, and
  // names would otherwise outweigh dates, phrases and cues, whose scores do not.
  const idfScale = Math.min(1, Math.log(269 / 0.5) / Math.log((n + 1) / 0.5));
  const weight = memoized((id: string) => idf(id) * idfScale * (TYPE_FACTOR[entities.get(id)?.type ?? 'concept'] ?? 0.8));
  const spans = events.map((e) => spanOf(e.date, e.endDate));
  /** Names of both sides among an event's entities on the page, or one that is both sides' ('Power of Siberia'). */
  const namesBothSides = (ids: readonly string[]) => {
    const sides = new Set(ids.map((id) => entities.get(id)?.side));
    return sides.has('both') || (sides.has('china') && sides.has('russia'));
  };

  /** The event names a thing (a plant, a pipeline, an exercise) rarer than all its names on the page, and the page does not name it. */
  const ownThingAbsent = (event: Event, present: readonly string[]) => {
    const rarestPresent = Math.max(0, ...present.map(idf));
    return event.entities.some((id) => !present.includes(id) && NAMING_TYPES.has(entities.get(id)?.type ?? 'concept') && idf(id) >= NAMING_IDF && idf(id) > rarestPresent);
  };

  return {
    link({ references, dates, cues, published, limit = 10, identifiedOnly = false }) {
      const announcing = cues.filter((c) => c.announces).map((c) => c.start);
      const mentions = new Map<string, number[]>(); // entity id → reference starts
      for (const r of references) {
        // A dateline's or credit's outlet ('(Xinhua)') wrote the story; it is no name in it.
        if (r.credit) continue;
        const list = mentions.get(r.entityId);
        if (list) list.push(r.start);
        else mentions.set(r.entityId, [r.start]);
      }
      const spanned = spanDates(dates);
      const cueIndex = indexCues(cues);
      const pageBothSides = namesBothSides([...mentions.keys()]);
      const pubSpan = published ? spanOf(published) : undefined;
      const scored: Scored[] = [];
      events.forEach((event, i) => {
        const s = scoreEvent(event, spans[i]);
        if (s) scored.push(s);
      });
      const order = (a: Scored, b: Scored) => b.score - a.score || b.evidence - a.evidence || a.gap - b.gap || (a.id < b.id ? -1 : 1);
      datedByWhatHappenedThere(scored, spans, events);
      scored.sort(order);
      diversify(scored);
      scored.sort(order);
      const facets = [...visitFacets(scored), ...sharedDateFacets(scored)];
      assignTiers(scored);
      for (const e of facets) e.tier = 'possible';
      const byTier = (a: Scored, b: Scored) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || order(a, b);
      scored.sort(byTier);
      return scored.slice(0, Math.max(0, limit)).map(({ evidence: _e, gap: _g, spoken: _s, dateAt: _d, ...rest }) => rest);

      /** A thing's name, or two rare names together (a ministry and an envoy): the page's names pick the event out. */
      function namesPickOut(present: readonly string[]): boolean {
        return present.some(identifies) || present.filter(specific).length >= 2;
      }

      /**
       * Whether anything but its names could make this event one the page speaks of (see `real` below): a
       * page date that can touch its days, a sentence told in its words, or two of its names on a page of its
       * days. On any page most of the dataset has neither these nor names that pick it out; they are skipped
       * before the costlier evidence, with the very answer the full scoring would give.
       */
      function mayBeTold(event: Event, span: [number, number], present: readonly string[]): boolean {
        if (cueIndex.phrases.has(event.id)) return true;
        if (mayDate(spanned, event.id, span)) return true;
        return pubSpan !== undefined && (present.length >= 2 || present.some(specific)) && newsGap(span, pubSpan) <= 3;
      }

      function scoreEvent(event: Event, span: [number, number]): Scored | undefined {
        const present = event.entities.filter((id) => mentions.has(id));
        let real = namesPickOut(present);
        if (!real && !mayBeTold(event, span, present)) return undefined;
        const why: string[] = [];
        let score = 0;

        // Entities: distinct, weighted by how few events they belong to.
        let entityScore = 0;
        const named: [number, string][] = [];
        for (const id of present) {
          const w = weight(id) * (1 + Math.min(mentions.get(id)!.length - 1, 4) * 0.08);
          entityScore += w;
          named.push([w, entities.get(id)?.name ?? id]);
        }
        // Names set the topic; dates, phrases and cues pick the event. Capped and scaled so a page
        // full of 'Harbin' and 'Expo' does not lift every past Expo above the one it reports.
        score += Math.min(entityScore, 8) * ENTITY_SCALE;
        // Independent pieces of evidence: its names, its words, its date, the publication day.
        const pieces = new Set<Piece>();
        // Its names count as one piece when they narrow the dataset down: a thing's name, or two
        // names each in few events ('Ushakov' and 'Trump'; not 'Putin' and 'Beijing').
        const uncommon = present.filter((id) => !common(id));
        if (real || present.filter((id) => idf(id) >= NAMING_IDF).length >= 2) pieces.add('names');

        const positions = present.map((id) => mentions.get(id)!);
        // A bare year beside 'Russia' says nothing; beside 'Gazprom' or 'Samarkand' it may confirm.
        const telling = uncommon.map((id) => mentions.get(id)!);
        // A year whose sentence is in the words of the event's family ('in 2017 the company built
        // 900 km of the pipeline') fits every moment of the pipeline that year; when the event has a
        // thing of its own, rarer than anything the page names of it, and the page does not name
        // that thing (the Amur gas processing plant, fed by the pipeline), the year's words do not
        // tell of it: the year is only a year beside a name.
        // A year's sentence needs a name of few events to tell of one: Moscow and Beijing are in one
        // event in eight ('trade hit a record in 2022 amid sanctions against Moscow' is no Moscow visit).
        const yearTelling = present.filter((id) => (df.get(id) ?? 0) <= n * YEAR_TELLING_SHARE).map((id) => mentions.get(id)!);
        let date = datesEvidence(event.id, span, spanned, positions, telling, !ownThingAbsent(event, present), yearTelling);
        // An anniversary ('31st anniversary of relations') is resolved by its age alone: it speaks of
        // a China–Russia event only on a page naming both sides or one of the event's rarer names
        // (a China–Belarus anniversary is not Yeltsin's 1992 visit).
        if (date?.anniversary && !date.described && !pageBothSides && uncommon.length === 0) date = undefined;
        if (date) {
          score += date.score;
          // A date counts when something ties it to this event, not just to a day when 'Russia' did something.
          const tied = date.identified || present.length >= 2 || present.some((id) => !common(id));
          if (date.pinning && ((date.score >= 1 && tied) || date.identified)) real = true;
          // A year whose sentence is in the event's own words: the words point, the year confirms.
          if (date.described || date.anniversary) real = true;
          // A year whose sentence is in the event's words is one piece, the words: the year only
          // confirms them ('Moscow … in 2022' is not a date and a description of one visit). Unless the
          // year itself picks the event out (a year of few events: 'the conflict between China and the
          // Soviet Union in 1969'), where it is a second, independent piece.
          const yearInWords = date.described && !date.anniversary && date.bestDays >= 300 && !date.identified;
          if ((date.tied || date.pinning) && !yearInWords) pieces.add('date');
          // 'The 75th anniversary of diplomatic relations' names the event and dates it at once.
          if (date.described || date.anniversary) pieces.add('words');
        }

        const phrase = phraseEvidence(event.id, cueIndex);
        let phraseScore = phrase.score;
        if (phrase.why) why.push(phrase.why);
        // Kind cues count near the matched date or near the event's own names.
        const { score: cueScore, why: cueWhy } = kindCueEvidence(event.kind, cueIndex, date?.at, positions);
        if (phraseScore >= 2.4) {
          real = true;
          pieces.add('words');
          // A whole sentence in its words with one of its rarer names in it ('a plan to resolve the
          // Ukraine conflict … ceasefire'): the name and the paraphrase are two things the page says.
          if (phraseScore >= DESCRIBED_PIECE && uncommon.length > 0) pieces.add('names');
          // A sentence that retells it in detail (most of its own rarer words: 'a plan to resolve the
          // Ukraine conflict, a ceasefire, … the Cold War mentality') is evidence twice over.
          if (phraseScore >= DETAILED_PIECE) pieces.add('detail');
        } else if (phraseScore >= 2) pieces.add('words'); // a key phrase shared by two events ('BRICS summit in Kazan')
        else if (phraseScore > 0 && !real && !date) phraseScore = 0; // a common word alone is no link
        // A kind cue beside a date that pins the event ('talks by video link on 4 February').
        if (date?.pinning && cueScore >= 1.1) real = true;
        // An event named by nothing but the two countries (a year's trade figure) has no rarer name
        // to stand beside its year: its words in the year's sentence and a cue of its very kind
        // beside that year ('in 2025 … trade turnover fell') are what the page says of it.
        // Only a year's clue: it refers to the figure without outranking the page's own news.
        const countriesOnly = event.entities.every(common);
        const countriesYear = date?.inWords === true && !date.described && countriesOnly && cueScore >= 1.5 && !real;
        if (countriesYear) pieces.add('words');
        // A cue of this very kind beside its names or date ('the summit in Kazan') is the page
        // speaking of the event, once something else has picked it out.
        const kindSpoken = cueScore >= 1.1;
        const vagueDateKind = date && date.bestDays >= 300 && cueScore >= 1.5 && real ? 1 : 0;
        score += phraseScore + (real ? cueScore + vagueDateKind : 0);
        if (countriesYear) real = true;

        // News of the day: events within days of publication that the page's names point at.
        let gap = Infinity;
        if (pubSpan) {
          gap = newsGap(span, pubSpan);
          // Both leaders and a cue of this very kind beside their names ('talks by video link'),
          // published that day: the news itself, even when the text gives no date.
          const backed = present.length >= 3 || (present.length === 2 && (!present.every(common) || cueScore >= 1.1)) || present.some(specific);
          if (backed && gap <= 3) {
            score += 2;
            real = true;
            pieces.add('published');
            why.push('around the publication date');
          } else if (backed && span[0] > pubSpan[1] && gap <= PREVIEW_DAYS && date?.pinning && date.tied) {
            // A preview: the page dates, beside its names, what is to happen in the coming weeks
            // ('the pipeline will be launched in December'). That is its news too.
            score += 1.5;
            why.push('announced for the coming weeks');
          } else if (backed && gap <= 10) score += 0.7;
          // Hindsight: what happened after the page was written is not in it, unless the page
          // announces it with a date of its own ('will visit on 16 May', 'a call this week').
          const announced = (date !== undefined && date.tied) || positions.some((list) => list.some((p) => nearestDistance(p, announcing) <= ANNOUNCE_NEAR));
          if (span[0] > pubSpan[1] + 1 && !announced) return undefined;
          // A year's trade figure or a month's total was not known before that period ended, unless
          // the page names it ('$228 billion'); the period's own words ('trade fell in 2025') do not.
          if (precisionOf(event.date) !== 'day' && span[1] > pubSpan[1] && phraseScore < 2) return undefined;
        }
        if (!real) return undefined;
        // A kind word beside a name fits every event of that kind the name has: only beside the
        // event's date, or on a page of its days, does it speak of this one.
        // Not when its only names are common places (the two countries): 'bilateral trade' on a page
        // of 3 October fits every trade event of those days (a recycling fee raised on 1 October);
        // 'video talks' beside both leaders' names is the call of that day.
        const placesOnly = present.every((id) => common(id) && entities.get(id)?.type === 'place');
        if (kindSpoken && ((pieces.has('published') && !placesOnly) || date?.pinning)) pieces.add('words');
        // A date on the publication days is the publication date told again: one piece, not two.
        if (pieces.has('published')) pieces.delete('date');
        // On a page not about the relationship, a sentence that paraphrases an event identifies it
        // only if the page names the event's China–Russia side too: a US–China story about Xi at
        // APEC paraphrases the summit, not Russia's delegation at it.
        const paraphraseOnly = phrase.why.startsWith('described: ') && !namesBothSides(present);
        const identified = (phraseScore >= 2.4 && !(identifiedOnly && paraphraseOnly)) || (date !== undefined && date.score >= 6);
        if (identifiedOnly && !identified) return undefined;

        named.sort((a, b) => b[0] - a[0]);
        /** The least common of the event's names written within a sentence of the date, if any. */
        function nearestName(ids: string[], at: number): string | undefined {
          let best: string | undefined;
          for (const id of ids) {
            if (nearestDistance(at, mentions.get(id)!) > 220) continue;
            if (!best || weight(id) > weight(best)) best = id;
          }
          return best;
        }
        // Lead with what picked the event: its most specific name beside the date ('Samarkand + September 2022').
        if (date) {
          const [first] = date.why;
          const beside = nearestName(present, date.bestAt);
          why.unshift(first.startsWith('date: ') && beside ? `${entities.get(beside)?.name ?? beside} + ${first.slice(6)}` : first);
        }
        if (named.length) why.push(`names: ${named.slice(0, 3).map(([, name]) => name).join(', ')}`);
        if (cueWhy && cueScore >= 0.9) why.push(cueWhy);
        const linked: Scored = {
          id: event.id, date: event.date, title: event.title, kind: event.kind,
          score: Math.round(score * 100) / 100, why: [...new Set(why)], evidence: entityScore, gap,
          tier: 'possible', pieces: [...pieces].sort(), spoken: kindSpoken,
        };
        if (event.endDate) linked.endDate = event.endDate;
        if (event.own) linked.own = true;
        if (date) linked.dateAt = date.bestAt;
        return linked;
      }
    },
  };
}

/**
 * A page that reports one visit matches its four facets (visit, statement, culture years, a
 * signed concept) on the same day; past the second, each further facet of an already listed day
 * steps back so the list also shows the other moments the page recalls.
 */
function diversify(sorted: { date: string; score: number }[]): void {
  const perDay = new Map<string, number>();
  for (const e of sorted) {
    const seen = perDay.get(e.date) ?? 0;
    if (seen >= 2) e.score = Math.round(e.score * 0.7 * 100) / 100;
    perDay.set(e.date, seen + 1);
  }
}

/** Kinds of event that are an occasion: something else (a treaty, a contract) is done at them. */
const OCCASIONS = new Set<string>(['call', 'meeting', 'state-visit', 'summit']);
/** What an occasion's day, known through the thing done at it, adds: a day written a few sentences away. */
const OCCASION_DAY = 3.5;

/**
 * The occasion of a thing the page tells of: 'the two leaders held a video meeting … and announced
 * the extension of the treaty'. The page's words pick the extension out; the video meeting of that
 * same day is only 'a video meeting' beside the leaders' names, like every call they held, until
 * the extension dates it. An occasion whose kind the page names beside its names (`spoken`), on the
 * days of a thing of another kind the page identifies by its words and names, is dated by it.
 * The converse of `visitFacets`, which steps back an occasion the page does not speak of.
 */
function datedByWhatHappenedThere(scored: Scored[], spans: readonly [number, number][], events: readonly Event[]): void {
  const spanById = new Map<string, [number, number]>();
  events.forEach((e, i) => spanById.set(e.id, spans[i]));
  const things = scored.filter((f) => !OCCASIONS.has(f.kind) && f.pieces.includes('words') && f.pieces.includes('names'));
  if (!things.length) return;
  for (const e of scored) {
    if (!e.spoken || !OCCASIONS.has(e.kind) || e.pieces.includes('date') || e.pieces.includes('published')) continue;
    const [a, b] = spanById.get(e.id)!;
    const at = things.find((f) => {
      const [c, d] = spanById.get(f.id)!;
      return c >= a && d <= b && f.score > e.score;
    });
    if (!at) continue;
    e.score = Math.round((e.score + OCCASION_DAY) * 100) / 100;
    e.pieces = [...new Set<Piece>([...e.pieces, 'date'])].sort();
    e.why.unshift(`on the day of: ${at.title}`);
  }
}

/**
 * A visit is the umbrella of what was signed on it: a page about the 2001 treaty or the 2004
 * border agreement matches the visit of those days through the same date and names. When a
 * better-scored event of another kind falls within the visit's days and the page says nothing of a visit
 * (no visit word beside its names or date), the visit is that event's facet: it steps back and is
 * only 'possibly related'. `sorted`: best first; returns the facets, re-sorted in place.
 */
function visitFacets(sorted: Scored[]): Scored[] {
  const facets: Scored[] = [];
  sorted.forEach((e, i) => {
    if (e.kind !== 'state-visit' || e.spoken) return;
    const covered = sorted.slice(0, i).some((f) => f.kind !== e.kind && f.date >= e.date && f.date <= (e.endDate ?? e.date) && !facets.includes(f));
    if (!covered) return;
    e.score = Math.round(e.score * 0.6 * 100) / 100;
    facets.push(e);
  });
  if (facets.length) sorted.sort((a, b) => b.score - a.score || b.evidence - a.evidence || a.gap - b.gap || (a.id < b.id ? -1 : 1));
  return facets;
}

/**
 * One written date, two events of that day: 'the package of agreements signed on June 8, 2018,
 * during Putin's state visit' dates the nuclear package whose plants the page names, not the road
 * transport agreement signed the same day that it names by nothing of its own. An event whose only
 * tie to the page besides its words is a date that a better-scored event of the same day, named
 * beside it, already took (and that is not the news of the publication days) is that event's
 * facet: it steps back and is only 'possibly related'. `sorted`: best first; re-sorted in place.
 */
function sharedDateFacets(sorted: Scored[]): Scored[] {
  const facets: Scored[] = [];
  sorted.forEach((e, i) => {
    // A visit is the umbrella of its day's facets, not one of them (visitFacets decides for visits).
    if (e.dateAt === undefined || e.pieces.includes('names') || e.kind === 'state-visit') return;
    const taken = sorted.slice(0, i).some((f) => f.dateAt === e.dateAt && f.date === e.date && f.id !== e.id && f.pieces.includes('names') && !facets.includes(f));
    if (!taken) return;
    e.score = Math.round(e.score * 0.6 * 100) / 100;
    facets.push(e);
  });
  if (facets.length) sorted.sort((a, b) => b.score - a.score || b.evidence - a.evidence || a.gap - b.gap || (a.id < b.id ? -1 : 1));
  return facets;
}

/**
 * Tiers the reader sees. An event needs two independent pieces of evidence (its names, its own
 * words, its date, the publication day) to be shown plainly; with one it is only 'possibly
 * related'. Among the well-evidenced, what the article is about: the news of its publication
 * days, else the best-scored event and those close behind it (facets of the same visit).
 * `sorted`: best first.
 */
export function assignTiers(sorted: { score: number; tier: LinkTier; pieces: readonly Piece[] }[]): void {
  const strong = sorted.filter((e) => e.pieces.length >= 2);
  const news = strong.filter((e) => e.pieces.includes('published'));
  // The news of the publication days, unless the page plainly dwells on something else.
  const newsFirst = news.length > 0 && news[0].score >= strong[0].score * NEWS_SHARE;
  const top = newsFirst ? news[0] : strong[0];
  let about = 0;
  for (const e of sorted) {
    if (e.pieces.length < 2) e.tier = 'possible';
    else if (top && about < ABOUT_MAX && e.score >= top.score * ABOUT_SHARE && (!newsFirst || e.pieces.includes('published'))) {
      e.tier = 'about';
      about++;
    } else e.tier = 'refers';
  }
}
