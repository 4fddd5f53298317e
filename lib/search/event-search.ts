/**
 * Full-text search over events: MiniSearch (BM25, prefix and fuzzy) with our own tokenizer over each
 * event's title, keywords and summary, plus the entity index (names and aliases in EN/ZH/RU), whose
 * matches bring in the entity's events by lookup. Every typed word must match, in either place.
 * How far each word reaches is decided in query-plan.ts; filters and the cut to `limit` come last.
 */
import type { Query } from 'minisearch';
import type { Entity, Event, EventKind } from '../../core/types';
import { CompactIndex, type CompactIndexData } from './compact-index';
import { EntityIndex, type EntityIndexSnapshot } from './entity-index';
import { indexTerms } from './tokenize';
import { fromIndexKey, toIndexKey } from './index-key';
import { planQuery, type PlannedWord } from './query-plan';
import { topHits } from './top-hits';
import { Vocabulary, type VocabularyData } from './vocabulary';
import { EntityQuery, withoutMentions, type EntityMention } from './entity-query';
import { MentionMatcher } from './mention-matches';
import { relaxQuery, type RelaxedQuery } from './relax-query';

export interface SearchFilters {
  kinds?: readonly EventKind[];
  fromYear?: number;
  toYear?: number;
  entity?: string;
}

export interface SearchHit {
  event: Event;
  score: number;
  /** Index terms that matched in this event: what the highlighter marks. */
  terms: string[];
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** The query had text but nothing searchable yet (one Latin letter): keep typing. */
  tooShort?: boolean;
  /** Entities the query names ('Lavrov', '上合组织'): their events come first. */
  entities?: string[];
}

/** Relevance (the default for a query), or by date whatever the query. */
export type SortOrder = 'relevance' | 'newest' | 'oldest';

export function yearOf(event: Event): number {
  return Number(event.date.slice(0, 4));
}

export function passesFilters(event: Event, f: SearchFilters): boolean {
  if (f.kinds && f.kinds.length > 0 && !f.kinds.includes(event.kind)) return false;
  if (f.fromYear !== undefined || f.toYear !== undefined) {
    const y = yearOf(event);
    const endY = event.endDate ? Number(event.endDate.slice(0, 4)) : y;
    if (f.fromYear !== undefined && endY < f.fromYear) return false;
    if (f.toYear !== undefined && y > f.toYear) return false;
  }
  if (f.entity && !event.entities.includes(f.entity)) return false;
  return true;
}

/** Newest first: the order of a list nobody asked a question of. */
export function byDateDesc(a: Event, b: Event): number {
  return a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1;
}

/** What matching an entity's name is worth next to BM25 scores of the event's own text (~2–15). */
const ENTITY_SCORE = 6;

/**
 * A built index in stored form: strings and typed arrays (compact-index.ts), which IndexedDB stores and
 * loads as flat copies; loading is a copy plus a few checks, not a rebuild.
 * Bump SNAPSHOT_FORMAT whenever the tokenizer, the normalisation, the indexed fields or this layout change.
 */
export const SNAPSHOT_FORMAT = 3;
export interface SearchSnapshot {
  format: number;
  text: CompactIndexData;
  entities: EntityIndexSnapshot;
  vocab: VocabularyData;
}

type TextDoc = { id: string; title: string; keywords: string; summary: string };

interface Scored {
  score: number;
  /** Matched terms; index keys not yet turned back into text (only the hits shown need that). */
  terms: string[];
}

/** Per-word results and per-query-prefix intersections kept for the typing session. */
const WORD_CACHE = 12;

export class EventSearch {
  readonly events: Event[];
  readonly byId = new Map<string, Event>();
  readonly entityById = new Map<string, Entity>();
  private readonly byEntity = new Map<string, Event[]>();
  /** Like byEntity, as positions in `events` (which are the text index's document numbers). */
  private readonly docsByEntity = new Map<string, number[]>();
  /** An event's position in `events` (its document number), for matches keyed by event id. */
  private readonly docOf = new Map<string, number>();
  private built: { text: CompactIndex; entities: EntityIndex } | null = null;
  private vocab = new Vocabulary();
  /** A stored index of exactly these events and entities, loaded on the first prepare() instead of building. */
  private snapshot: SearchSnapshot | null = null;
  private source: 'stored' | 'overlay' | 'built' | null = null;
  /**
   * Results per typed word, for the last few words: typing 'xi jinping st' after 'xi jinping s' only
   * has to look up 'st'. The index never changes, so entries never go stale.
   */
  private readonly wordCache = new Map<string, Map<number, Scored>>();
  /**
   * The events matching the first words of a query ('xi jinping' of 'xi jinping sta'), so each keystroke
   * scores only those for the word being typed instead of every event that word reaches.
   */
  private readonly leadCache = new Map<string, Map<number, Scored>>();
  private names: EntityQuery | null = null;
  private mentions: MentionMatcher | null = null;

  /**
   * With a stored index (`snapshot`), its newest-first order of the events is used when it is one of
   * exactly these events (a linear check instead of a sort); the snapshot is then used as useSnapshot() does.
   */
  constructor(input: Event[], entities: Entity[], snapshot?: SearchSnapshot | null) {
    for (const ev of input) this.byId.set(ev.id, ev);
    this.events = (snapshot && orderFrom(input.length, this.byId, snapshot)) || [...input].sort(byDateDesc);
    if (snapshot) this.useSnapshot(snapshot);
    for (const e of entities) this.entityById.set(e.id, e);
    const events = this.events;
    for (let doc = 0; doc < events.length; doc++) {
      const ev = events[doc];
      this.docOf.set(ev.id, doc);
      for (const id of ev.entities) {
        const docs = this.docsByEntity.get(id);
        if (docs) docs.push(doc);
        else this.docsByEntity.set(id, [doc]);
      }
    }
    for (const [id, docs] of this.docsByEntity) this.byEntity.set(id, docs.map((d) => events[d]));
  }

  /**
   * Builds the full-text indexes. Lazy: listing, filtering and lookups by entity need none of it, so the
   * popup shows its first rows before paying for tokenizing; it calls this when idle, or the first query does.
   */
  prepare(): this {
    if (this.built) return this;
    const snap = this.snapshot;
    this.snapshot = null;
    if (snap) {
      try {
        // A snapshot of fewer events than these (the shipped one, without the reader's own) is overlaid.
        const whole = typeof snap.text?.ids === 'string' && snap.text.ids.split('\n').length === this.events.length;
        this.built = whole ? this.load(snap) : this.overlay(snap);
        this.source = whole ? 'stored' : 'overlay';
        performance.mark?.(whole ? 'crlens:index-loaded' : 'crlens:index-overlaid');
        return this;
      } catch {
        // A stored index that does not fit these events (corrupt, or from another build): build instead.
        this.vocab = new Vocabulary();
      }
    }
    const vocab = this.vocab;
    const text = CompactIndex.build(this.events.map(textDoc), this.textOptions(vocab));
    this.built = { text, entities: new EntityIndex(this.indexedEntities(), this.unknownEntityIds(), vocab) };
    this.source = 'built';
    performance.mark?.('crlens:index-built');
    return this;
  }

  private textOptions(vocab: Vocabulary) {
    return {
      fields: ['title', 'keywords', 'summary'],
      tokenize: (t: string) => {
        const terms = indexTerms(t);
        vocab.add(terms);
        return terms;
      },
      processTerm: toIndexKey,
      searchOptions: { processTerm: toIndexKey, boost: { title: 3, keywords: 2, summary: 1 } },
    };
  }

  /**
   * The entities in the order the entity index numbers them: by id, whatever order they were read in
   * (the dataset's files at build time, the database's key order in the popup), so a shipped index, one
   * built in the popup and one with own events merged in are the same index, down to the order in which
   * equal scores are summed.
   */
  private indexedEntities(): Entity[] {
    const list = [...this.entityById.values()];
    for (let i = 1; i < list.length; i++) if (list[i - 1].id >= list[i].id) return list.sort((a, b) => (a.id < b.id ? -1 : 1));
    return list;
  }

  private unknownEntityIds(): string[] {
    return [...this.byEntity.keys()].filter((id) => !this.entityById.has(id));
  }

  /** Throws if the snapshot is not an index of exactly these events, in this order. */
  private load(snap: SearchSnapshot): { text: CompactIndex; entities: EntityIndex } {
    if (snap.format !== SNAPSHOT_FORMAT) throw new Error('stored index: other format');
    const vocab = Vocabulary.fromData(snap.vocab);
    const text = CompactIndex.load(snap.text, this.textOptions(vocab));
    const ids = text.documentIds;
    if (ids.length !== this.events.length || this.events.some((ev, i) => ev.id !== ids[i])) throw new Error('stored index: other events');
    const entities = new EntityIndex([], [], vocab, snap.entities);
    this.vocab = vocab;
    return { text, entities };
  }

  /**
   * A stored index of some of these events (the shipped one, of the bundled events) with the others
   * (the reader's own) indexed and merged in: the index a build over all of them would make, equal to it
   * in every number (CompactIndex.merge), for the cost of tokenizing only the events it lacked plus one
   * pass over the stored postings. Throws if the snapshot holds an event these are not.
   */
  private overlay(snap: SearchSnapshot): { text: CompactIndex; entities: EntityIndex } {
    if (snap.format !== SNAPSHOT_FORMAT) throw new Error('stored index: other format');
    const stored = Vocabulary.fromData(snap.vocab);
    const base = CompactIndex.load(snap.text, this.textOptions(stored));
    const have = new Set(base.documentIds);
    const extra = this.events.filter((ev) => !have.has(ev.id));
    if (have.size !== base.documentIds.length || have.size + extra.length !== this.events.length) throw new Error('stored index: other events');
    const added = new Vocabulary();
    const more = CompactIndex.build(extra.map(textDoc), this.textOptions(added));
    let vocab = stored;
    // The entity index's added ids (a reader's event naming an entity the dataset lacks) bring words too.
    const entities = EntityIndex.withIds(snap.entities, this.indexedEntities().map((e) => e.id), this.unknownEntityIds(), (words) => (vocab = Vocabulary.merged(Vocabulary.merged(stored, added), words)));
    const text = CompactIndex.merge(base, more, this.events.map((ev) => ev.id), this.textOptions(vocab));
    this.vocab = vocab;
    return { text, entities };
  }

  /**
   * Uses a stored index instead of building one. The caller vouches that it was made from these same
   * events and entities (the popup keys it by dataset version and the reader's own events); one that
   * does not fit is dropped and the index built.
   */
  useSnapshot(snapshot: SearchSnapshot): this {
    if (!this.built && snapshot?.format === SNAPSHOT_FORMAT) this.snapshot = snapshot;
    return this;
  }

  /** The built index, to store; builds it first if needed. */
  toSnapshot(): SearchSnapshot {
    const { text, entities } = this.prepare().built!;
    return { format: SNAPSHOT_FORMAT, text: text.toData(), entities: entities.toJSON(), vocab: this.vocab.toData() };
  }

  get isPrepared(): boolean {
    return this.built !== null;
  }

  /**
   * Where the prepared index came from: a stored snapshot, a stored snapshot of some of the events with
   * the others merged in ('overlay'), or built here (null: not prepared yet).
   */
  get preparedFrom(): 'stored' | 'overlay' | 'built' | null {
    return this.source;
  }

  /** Events of one entity, newest first: a lookup, not a search. */
  eventsOfEntity(entityId: string): readonly Event[] {
    return this.byEntity.get(entityId) ?? [];
  }

  clearCache(): void {
    this.wordCache.clear();
    this.leadCache.clear();
  }

  private cachedWord(word: PlannedWord): Map<number, Scored> {
    let hit = this.wordCache.get(word.term);
    if (!hit) {
      hit = this.matchWord(word.query);
      remember(this.wordCache, word.term, hit);
    }
    return hit;
  }

  /**
   * Events matching one typed word, in their own text or through an entity's names; with `within`, only
   * those events are looked at (scores are the same: term frequencies come from the whole index).
   */
  private matchWord(query: Query, within?: ReadonlySet<number>): Map<number, Scored> {
    const { text, entities } = this.prepare().built!;
    const out = new Map<number, Scored>();
    for (const r of text.search(query, within)) out.set(r.doc, { score: r.score, terms: r.terms });
    for (const m of entities.match(query)) {
      const add = ENTITY_SCORE * m.weight;
      for (const doc of this.docsByEntity.get(m.id) ?? []) {
        if (within && !within.has(doc)) continue;
        const cur = out.get(doc);
        // Text and entity both matching (title says 'Putin', and Putin is a participant) ranks above either.
        out.set(doc, cur ? { score: cur.score + add, terms: [...cur.terms, ...m.terms] } : { score: add, terms: m.terms });
      }
    }
    return out;
  }

  /** Events matching every word of the plan, with summed scores; the leading words' matches come from the cache. */
  private matchAll(plan: PlannedWord[]): Map<number, Scored> {
    // The longest run of leading words already intersected in this typing session.
    let k = plan.length;
    let acc: Map<number, Scored> | undefined;
    for (; k > 1; k--) if ((acc = this.leadCache.get(leadKey(plan, k)))) break;
    if (k <= 1) {
      acc = this.cachedWord(plan[0]);
      k = 1;
    }
    for (; k < plan.length && acc!.size > 0; k++) {
      const word = plan[k];
      // A word already looked up on its own (typed earlier, or the query was edited) intersects as is;
      // a new one is scored only over the events the earlier words left.
      const next = this.wordCache.get(word.term) ?? this.matchWord(word.query, new Set(acc!.keys()));
      const both = new Map<number, Scored>();
      for (const [doc, b] of next) {
        const a = acc!.get(doc);
        if (a) both.set(doc, { score: a.score + b.score, terms: [...a.terms, ...b.terms] });
      }
      acc = both;
      remember(this.leadCache, leadKey(plan, k + 1), acc);
    }
    return acc!;
  }


  /**
   * A query naming entities: each name is one group (mention-matches.ts, keyed by event id), each other
   * word another; every group must match. Intersected smallest first, summing scores.
   */
  private matchNamed(named: EntityMention[], plan: PlannedWord[]): Map<number, Scored> {
    const groups: (() => Map<number, Scored>)[] = [
      ...named.map((m) => () => {
        const byDoc = new Map<number, Scored>();
        for (const [id, s] of this.mentionMatcher().match(m)) byDoc.set(this.docOf.get(id)!, s);
        return byDoc;
      }),
      ...plan.map((word) => () => this.cachedWord(word)),
    ];
    let acc: Map<number, Scored> | null = null;
    for (const group of groups) {
      const next = group();
      if (acc === null) acc = next;
      else {
        const [small, big]: Map<number, Scored>[] = acc.size <= next.size ? [acc, next] : [next, acc];
        const both = new Map<number, Scored>();
        for (const [doc, a] of small) {
          const b = big.get(doc);
          if (b) both.set(doc, { score: a.score + b.score, terms: [...a.terms, ...b.terms] });
        }
        acc = both;
      }
      if (acc.size === 0) break;
    }
    return acc ?? new Map();
  }

  /** The names a query holds (entity-query.ts); the name map is built on first use. */
  namedIn(query: string): EntityMention[] {
    return this.prepareNames().resolve(query);
  }

  /** Builds the name map (~10 ms for the dataset's aliases); the popup does it when idle. */
  prepareNames(): EntityQuery {
    return (this.names ??= new EntityQuery(this.entityById.values()));
  }

  private mentionMatcher(): MentionMatcher {
    const text = this.prepare().built!.text;
    const titleBit = text.fieldBit('title');
    this.mentions ??= new MentionMatcher({
      byId: this.byId,
      entityById: this.entityById,
      eventsOfEntity: (id) => this.eventsOfEntity(id),
      exactText: (terms, fields) =>
        text
          .search({ queries: terms, tokenize: (t: string) => [t], prefix: false, fuzzy: false, combineWith: 'AND', ...(fields ? { fields } : {}) })
          // MiniSearch's order: best first, ties in document order.
          .sort((a, b) => b.score - a.score || a.doc - b.doc)
          .map((r) => ({
            id: r.id,
            score: r.score,
            terms: r.terms.map(fromIndexKey),
            inTitle: r.fieldBits.every((bits) => (bits & titleBit) !== 0),
          })),
    });
    return this.mentions;
  }

  /** A shorter query that has results, for a query of several words that has none (relax-query.ts). */
  relaxed(query: string, filters: SearchFilters = {}): RelaxedQuery | null {
    return relaxQuery(query, this.namedIn(query), (q) => this.search(q, filters, 0).total);
  }

  search(query: string, filters: SearchFilters = {}, limit = 50, order: SortOrder = 'relevance'): SearchResult {
    if (!/[\p{L}\p{N}]/u.test(query)) {
      const pool = filters.entity ? this.eventsOfEntity(filters.entity) : this.events;
      const all = pool.filter((ev) => passesFilters(ev, filters));
      if (order === 'oldest') all.reverse();
      return { hits: all.slice(0, limit).map((event) => ({ event, score: 0, terms: [] })), total: all.length };
    }
    // Names first: each named entity is one group of the query, matched exactly; the other words as before.
    // A name that brings nothing (an entity without events, named nowhere) is searched as plain words.
    const named = this.namedIn(query).filter((m) => this.mentionMatcher().match(m).size > 0);
    const plan = planQuery(named.length ? withoutMentions(query, named) : query, this.prepare().vocab) ?? [];
    if (plan.length === 0 && named.length === 0) return { hits: [], total: 0, tooShort: true };
    const acc = named.length ? this.matchNamed(named, plan) : this.matchAll(plan);
    const hits: { doc: number; score: number }[] = [];
    for (const [doc, s] of acc) if (passesFilters(this.events[doc], filters)) hits.push({ doc, score: s.score });
    // Ties (an entity's events all score alike) go newest first: `events` is in that order already.
    let top: { doc: number; score: number }[];
    if (order === 'relevance') top = topHits(hits, limit);
    else top = hits.sort((a, b) => (order === 'newest' ? a.doc - b.doc : b.doc - a.doc)).slice(0, limit);
    const entities = [...new Set(named.flatMap((m) => m.ids))];
    return {
      hits: top.map(({ doc, score }) => ({ event: this.events[doc], score, terms: acc.get(doc)!.terms.map(fromIndexKey) })),
      total: hits.length,
      ...(entities.length ? { entities } : {}),
    };
  }
}

/** The events in the snapshot's order, if that is a newest-first order of exactly these events; else null. */
function orderFrom(count: number, byId: ReadonlyMap<string, Event>, snapshot: SearchSnapshot): Event[] | null {
  const ids = typeof snapshot?.text?.ids === 'string' ? snapshot.text.ids.split('\n') : null;
  if (!ids || ids.length !== count || byId.size !== count) return null;
  const out: Event[] = [];
  for (const id of ids) {
    const ev = byId.get(id);
    // Strictly newest first also rules out an id listed twice.
    if (!ev || (out.length > 0 && byDateDesc(out[out.length - 1], ev) >= 0)) return null;
    out.push(ev);
  }
  return out;
}

/** What the text index holds of an event. The year goes in with the keywords, so '1969 border' finds the clashes whatever the summary says. */
function textDoc(ev: Event): TextDoc {
  // Every field a string, never null: a merged index counts every document in the average field lengths.
  return { id: ev.id, title: ev.title ?? '', keywords: [ev.date.slice(0, 4), ...(ev.keywords ?? [])].join(' \n '), summary: ev.summary ?? '' };
}

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= WORD_CACHE) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
}

const leadKey = (plan: readonly PlannedWord[], n: number) => plan.slice(0, n).map((w) => w.term).join('\u0000');
