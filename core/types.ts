/**
 * Domain types shared by the pure core, the dataset files, the database and the UI.
 * The core imports nothing from the DOM, the browser or Dexie: only these types.
 */

export type Lang = 'en' | 'zh' | 'ru';

/** Which side of the relationship an entity belongs to. */
export type Side = 'china' | 'russia' | 'both' | 'other';

export type EntityType =
  | 'person'
  | 'organisation'
  | 'place'
  | 'agreement' // treaties, joint statements, named agreements
  | 'project' // pipelines, plants, bridges, programmes
  | 'exercise' // named military exercises and patrols
  | 'event' // named recurring events: summits, expos, forums, Olympics
  | 'concept'; // phrases that name the relationship itself

export interface Alias {
  /** Surface form as it appears in text. Matching folds case unless `caseSensitive`. */
  text: string;
  lang: Lang;
  /**
   * Short or common forms ('Xi', 'SCO', 'China', 'Kremlin') that count only with
   * supporting context on the page. Any alias shared by two entities must be ambiguous.
   */
  ambiguous?: boolean;
  /** Acronyms like 'SCO' must not match 'sco' inside ordinary words. */
  caseSensitive?: boolean;
}

export interface Entity {
  /** Stable kebab-case id, e.g. 'xi-jinping'. */
  id: string;
  /** Canonical English name. */
  name: string;
  type: EntityType;
  side: Side;
  /** One neutral sentence: who or what it is. */
  description: string;
  /** The description in Chinese and Russian. */
  translations?: Partial<Record<'zh' | 'ru', EntityText>>;
  /** Native-language names shown on cards. */
  names?: Partial<Record<Lang, string>>;
  aliases: Alias[];
  /** Optional reference page for the entity itself. */
  sources?: string[];
}

export type EventKind =
  | 'meeting' // in-person bilateral meeting outside a state visit (sidelines of summits etc.)
  | 'state-visit' // state or official visit
  | 'call' // phone or video call / video meeting
  | 'summit' // multilateral summit (SCO, BRICS...) as an event in itself
  | 'treaty'
  | 'agreement'
  | 'statement' // joint statements, position papers
  | 'diplomacy' // establishment of relations, appointments, other diplomatic acts
  | 'conflict' // border clashes, splits
  | 'border'
  | 'exercise' // joint military exercises and patrols
  | 'energy'
  | 'trade'
  | 'finance'
  | 'space'
  | 'culture'
  | 'infrastructure' // bridges, railways, border crossings
  | 'military' // arms deals, defence cooperation, patrols and deployments that are not exercises
  | 'science' // research, technology and nuclear science (space has its own kind)
  | 'education'; // universities, students, exchanges, tourism

export const EVENT_KINDS: readonly EventKind[] = [
  'meeting', 'state-visit', 'call', 'summit', 'treaty', 'agreement', 'statement', 'diplomacy',
  'conflict', 'border', 'exercise', 'energy', 'trade', 'finance', 'space', 'culture', 'infrastructure',
  'military', 'science', 'education',
];

/**
 * The part of the relationship an event belongs to (for coverage statistics and filters).
 * The Soviet era (1949–1991) is told by the date, not by an area.
 */
export type EventArea =
  | 'diplomacy' // leaders, visits, calls, statements, treaties
  | 'energy' // oil, gas, nuclear power, electricity
  | 'economy' // trade, finance, payments, investment
  | 'security' // exercises, patrols, arms, defence
  | 'regions' // border, regions, transport: bridges, ports, rail, the Northern Sea Route
  | 'science' // science, technology and space
  | 'people' // education, culture, tourism, exchanges
  | 'multilateral'; // SCO, BRICS, UN Security Council, CICA, APEC, G20

export const EVENT_AREAS: readonly EventArea[] = [
  'diplomacy', 'energy', 'economy', 'security', 'regions', 'science', 'people', 'multilateral',
];

/** Chinese and Russian text of an event, written as a news editor in that language would. */
export interface EventText {
  title: string;
  summary: string;
}

/** Chinese and Russian description of an entity. */
export interface EntityText {
  description: string;
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD': the precision we actually know. */
export type PartialDate = string;
export type DatePrecision = 'year' | 'month' | 'day';

export interface Event {
  /** Stable id: 'YYYY-MM-DD-short-slug' (date part at the precision known). */
  id: string;
  date: PartialDate;
  endDate?: PartialDate;
  kind: EventKind;
  /** Which part of the relationship (coverage statistics, filters). */
  area?: EventArea;
  /** Neutral, in our own words. */
  title: string;
  /** 1–3 sentences, neutral, in our own words. */
  summary: string;
  /** Title and summary in Chinese and Russian. */
  translations?: Partial<Record<'zh' | 'ru', EventText>>;
  /** Entity ids: participants, places, agreements, projects. */
  entities: string[];
  /** Extra phrases (any language) that point at this event: 'without limits', 'Power of Siberia 2'. */
  keywords?: string[];
  /** URLs of pages that were actually read and support the fact and its date. */
  sources: string[];
  /** Where sources disagree, or a precision caveat. */
  note?: string;
  /** Set on the reader's own events (issue 7); bundled events never have it. */
  own?: boolean;
}

export interface Dataset {
  entities: Entity[];
  events: Event[];
}

/** One occurrence of an alias in a text. Offsets are UTF-16 indices into the scanned text. */
export interface Match {
  start: number;
  end: number;
  /** Index into the engine's alias table. */
  aliasIndex: number;
}

/** A match accepted as a reference to an entity (ambiguity resolved). */
export interface Reference {
  text: string;
  start: number;
  end: number;
  entityId: string;
  lang: Lang;
  /** The alias is short or shared ('Xi', 'SCO'): it counts only with support on the page. */
  ambiguous?: boolean;
  /** Other entities the same surface form can name; `resolveReferences` picks among them. */
  alternatives?: string[];
  /** Stands in a dateline or credit ('BEIJING, Sept. 2 (Xinhua) --'): says who wrote, not what happened. */
  credit?: boolean;
}

/** A date found in the text, resolved against the publication date. */
export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** Resolved start, at `precision`. */
  date: PartialDate;
  endDate?: PartialDate;
  precision: DatePrecision;
  /** How it was found: absolute, relative to publication, anniversary, ... */
  via?: 'absolute' | 'relative' | 'anniversary' | 'year';
  /** For an anniversary: the dataset event it was resolved to ('75th anniversary of diplomatic relations'). */
  eventId?: string;
  /** Dataset events in this date's span whose own words fill the sentence around it. */
  near?: string[];
}

/** A phrase that hints at an event's kind or identity: 'by video link', 'state visit', 'joint exercise'. */
export interface Cue {
  text: string;
  start: number;
  end: number;
  /** Event kinds this cue supports. */
  kinds: EventKind[];
  /** Dataset events whose own key phrase this is ('without limits', 'Power of Siberia 2'). */
  events?: string[];
  /** For a kind cue whose sentence describes one event: how closely (1 = just enough, more = closer). */
  strength?: number;
  /** A word announcing something still to come ('upcoming', '将'): kinds empty. */
  announces?: boolean;
}

/** Everything extracted from one piece of text: can be computed per chunk and concatenated. */
export interface TextFeatures {
  references: Reference[];
  dates: DateMention[];
  cues: Cue[];
  /** Length of the text the features came from. */
  length: number;
}

export interface EntityCount {
  id: string;
  name: string;
  /** Native-language names (added for the interface, not by the engine). */
  names?: Entity['names'];
  type: EntityType;
  side: Side;
  count: number;
}

/**
 * How sure the link is, in the reader's terms: the article is about this event, it refers to it,
 * or the event is possibly related (one piece of evidence only; shown folded).
 */
export type LinkTier = 'about' | 'refers' | 'possible';

/**
 * Independent kinds of evidence for a link: the event's names, its own words, its date, the
 * publication day; 'detail' when a sentence retells it with most of its own rarer words.
 */
export type EvidencePiece = 'names' | 'words' | 'detail' | 'date' | 'published';

export interface LinkedEvent {
  id: string;
  date: PartialDate;
  endDate?: PartialDate;
  title: string;
  kind: EventKind;
  score: number;
  /** Human-readable reasons: which words and dates led here. */
  why: string[];
  own?: boolean;
  /** Absent on links from an older background (treated as 'possible'). */
  tier?: LinkTier;
  pieces?: EvidencePiece[];
  /** The event's Chinese and Russian title and summary (added for the interface, not by the linker). */
  translations?: Event['translations'];
}

/** [start, end) in page-wide offsets. */
export type Span = [number, number];

export interface TextRegion {
  /** 'article': a main text; 'block': a teaser or story block on a page without one. */
  kind: 'article' | 'block';
  /** Sorted, disjoint spans (an article minus the rails and captions inside it). */
  spans: Span[];
}

/** What a summary was judged on, for the popup's plain answer. */
export interface Judged {
  /** 'page': no regions were given (plain text, the CLI on .txt); the whole text counts. */
  scope: 'page' | 'article' | 'blocks';
  regions: number;
  /** Regions found to be about China–Russia on their own. */
  qualifying: number;
  /** Characters of text that were weighed. */
  characters: number;
}

export interface PageAnalysis {
  sinoRussian: boolean;
  score: number;
  reasons: string[];
  published?: PartialDate;
  entities: EntityCount[];
  events: LinkedEvent[];
  /** Linked events the reader said are 'not this event' on this page (left out of `events`). */
  hidden?: string[];
  /** The reader said this is not a China–Russia page (`sinoRussian` is then false). */
  readerSaysNot?: boolean;
  /** What was weighed: the article body, blocks one by one, or the whole text. */
  judged?: Judged;
  /** Spans whose references are marked by default: the regions about China–Russia. Absent: everywhere. */
  body?: Span[];
  /** Entities named outside `body` (rails, comments), for the reader who marks the whole page. */
  elsewhere?: EntityCount[];
}
