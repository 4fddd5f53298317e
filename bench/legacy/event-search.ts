/** The search as it was before the compact index (commit 2d3ae7a), kept only as the benchmarks' same-run baseline. */
/**
 * Full-text search over events: MiniSearch (BM25, prefix and fuzzy) with our own tokenizer over each
 * event's title, keywords and summary, plus the entity index (names and aliases in EN/ZH/RU), whose
 * matches bring in the entity's events by lookup. Every typed word must match, in either place.
 * How far each word reaches is decided in query-plan.ts; filters and the cut to `limit` come last.
 */
import MiniSearch, { type AsPlainObject, type Query } from 'minisearch';
import type { Entity, Event, EventKind } from '../../core/types';
import { EntityIndex, type EntityIndexSnapshot } from './entity-index';
import { indexTerms } from '../../lib/search/tokenize';
import { fromIndexKey, toIndexKey } from '../../lib/search/index-key';
import { planQuery, type PlannedWord } from '../../lib/search/query-plan';
import { Vocabulary } from './vocabulary';

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
}

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
 * A built index in plain JSON-able form, to store and load instead of rebuilding (about half the work:
 * no tokenizing, and each distinct term is inserted once rather than once per occurrence).
 * Bump SNAPSHOT_FORMAT whenever the tokenizer, the normalisation or the indexed fields change.
 */
export const SNAPSHOT_FORMAT = 2;
export interface SearchSnapshot {
  format: number;
  text: AsPlainObject;
  entities: EntityIndexSnapshot;
  vocab: [string, number][];
}

type TextDoc = { id: string; title: string; keywords: string; summary: string };

interface Scored {
  score: number;
  terms: string[];
}

export class EventSearch {
  readonly events: Event[];
  readonly byId = new Map<string, Event>();
  readonly entityById = new Map<string, Entity>();
  private readonly byEntity = new Map<string, Event[]>();
  private built: { text: MiniSearch<TextDoc>; entities: EntityIndex } | null = null;
  private vocab = new Vocabulary();
  /** A stored index of exactly these events and entities, loaded on the first prepare() instead of building. */
  private snapshot: SearchSnapshot | null = null;
  /**
   * Results per typed word, for the last few words: typing 'xi jinping st' after 'xi jinping s' only
   * has to look up 'st'. The index never changes, so entries never go stale.
   */
  private readonly wordCache = new Map<string, Map<string, Scored>>();

  constructor(events: Event[], entities: Entity[]) {
    this.events = [...events].sort(byDateDesc);
    for (const e of entities) this.entityById.set(e.id, e);
    for (const ev of this.events) {
      this.byId.set(ev.id, ev);
      for (const id of ev.entities) {
        const list = this.byEntity.get(id);
        if (list) list.push(ev);
        else this.byEntity.set(id, [ev]);
      }
    }
  }

  /**
   * Builds the full-text indexes. Lazy: listing, filtering and lookups by entity need none of it, so the
   * popup shows its first rows before paying for tokenizing; it calls this when idle, or the first query does.
   */
  prepare(): this {
    if (this.built) return this;
    const snap = this.snapshot;
    this.snapshot = null;
    const options = {
      fields: ['title', 'keywords', 'summary'],
      tokenize: (t: string) => {
        const terms = indexTerms(t);
        this.vocab.add(terms);
        return terms;
      },
      processTerm: toIndexKey,
      searchOptions: { processTerm: toIndexKey, boost: { title: 3, keywords: 2, summary: 1 } },
    };
    const unknown = () => [...this.byEntity.keys()].filter((id) => !this.entityById.has(id));
    if (snap?.format === SNAPSHOT_FORMAT) {
      this.vocab = Vocabulary.fromJSON(snap.vocab);
      this.built = { text: MiniSearch.loadJS<TextDoc>(snap.text, options), entities: new EntityIndex([], [], this.vocab, snap.entities) };
      performance.mark?.('crlens:index-loaded');
      return this;
    }
    const text = new MiniSearch<TextDoc>(options);
    // The year goes in with the keywords, so '1969 border' finds the clashes whatever the summary says.
    text.addAll(
      this.events.map((ev) => ({ id: ev.id, title: ev.title, keywords: [ev.date.slice(0, 4), ...(ev.keywords ?? [])].join(' \n '), summary: ev.summary })),
    );
    this.built = { text, entities: new EntityIndex(this.entityById.values(), unknown(), this.vocab) };
    performance.mark?.('crlens:index-built');
    return this;
  }

  /**
   * Uses a stored index instead of building one. The caller vouches that it was made from these same
   * events and entities (the popup keys it by dataset version and the reader's own events).
   */
  useSnapshot(snapshot: SearchSnapshot): this {
    if (!this.built && snapshot.format === SNAPSHOT_FORMAT) this.snapshot = snapshot;
    return this;
  }

  /** The built index, to store; builds it first if needed. */
  toSnapshot(): SearchSnapshot {
    const { text, entities } = this.prepare().built!;
    return { format: SNAPSHOT_FORMAT, text: text.toJSON(), entities: entities.toJSON(), vocab: this.vocab.toJSON() };
  }

  get isPrepared(): boolean {
    return this.built !== null;
  }

  /** Events of one entity, newest first: a lookup, not a search. */
  eventsOfEntity(entityId: string): readonly Event[] {
    return this.byEntity.get(entityId) ?? [];
  }

  clearCache(): void {
    this.wordCache.clear();
  }

  private cachedWord(word: PlannedWord): Map<string, Scored> {
    let hit = this.wordCache.get(word.term);
    if (!hit) {
      hit = this.matchWord(word.query);
      if (this.wordCache.size >= 12) this.wordCache.delete(this.wordCache.keys().next().value!);
      this.wordCache.set(word.term, hit);
    }
    return hit;
  }

  /** Events matching one typed word, in their own text or through an entity's names. */
  private matchWord(query: Query): Map<string, Scored> {
    const { text, entities } = this.prepare().built!;
    const out = new Map<string, Scored>();
    for (const r of text.search(query)) out.set(r.id as string, { score: r.score, terms: r.terms.map(fromIndexKey) });
    for (const m of entities.match(query)) {
      const add = ENTITY_SCORE * m.weight;
      for (const ev of this.eventsOfEntity(m.id)) {
        const cur = out.get(ev.id);
        // Text and entity both matching (title says 'Putin', and Putin is a participant) ranks above either.
        out.set(ev.id, cur ? { score: cur.score + add, terms: [...cur.terms, ...m.terms] } : { score: add, terms: m.terms });
      }
    }
    return out;
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult {
    if (!/[\p{L}\p{N}]/u.test(query)) {
      const pool = filters.entity ? this.eventsOfEntity(filters.entity) : this.events;
      const all = pool.filter((ev) => passesFilters(ev, filters));
      return { hits: all.slice(0, limit).map((event) => ({ event, score: 0, terms: [] })), total: all.length };
    }
    const plan = planQuery(query, this.prepare().vocab as never);
    if (!plan) return { hits: [], total: 0, tooShort: true };
    // Every word must match: intersect, smallest first, summing scores.
    let acc: Map<string, Scored> | null = null;
    for (const word of plan) {
      const next = this.cachedWord(word);
      if (acc === null) acc = next;
      else {
        const [small, big]: Map<string, Scored>[] = acc.size <= next.size ? [acc, next] : [next, acc];
        const both = new Map<string, Scored>();
        for (const [id, a] of small) {
          const b = big.get(id);
          if (b) both.set(id, { score: a.score + b.score, terms: [...a.terms, ...b.terms] });
        }
        acc = both;
      }
      if (acc.size === 0) break;
    }
    const hits: SearchHit[] = [];
    for (const [id, s] of acc!) {
      const event = this.byId.get(id)!;
      if (passesFilters(event, filters)) hits.push({ event, score: s.score, terms: s.terms });
    }
    // Ties (an entity's events all score alike) go newest first.
    hits.sort((a, b) => b.score - a.score || byDateDesc(a.event, b.event));
    return { hits: hits.slice(0, limit), total: hits.length };
  }
}
