/**
 * Full-text search over events with MiniSearch (BM25, prefix and fuzzy) and our own tokenizer.
 * Speed rules, from the benchmark at 100k events (bench/search.bench.ts):
 *  - a one-letter Latin/Cyrillic term is matched exactly, never expanded (expanding 'p' touches half the index);
 *  - fuzzy only from 5 letters, 1 edit (2 from 8), and never on Han terms, where one edit is a different word;
 *  - filters and the cut to `limit` happen after scoring, on plain arrays.
 */
import MiniSearch from 'minisearch';
import type { Entity, Event, EventKind } from '../../core/types';
import { SEARCH_FIELDS, toSearchDoc, type SearchDoc } from './documents';
import { indexTerms, isCjkTerm, queryTerms } from './tokenize';

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

const prefix = (term: string) => term.length >= 2 || isCjkTerm(term);
const fuzzy = (term: string) => (isCjkTerm(term) || term.length < 5 ? false : term.length >= 8 ? 2 : 1);

export class EventSearch {
  readonly events: Event[];
  readonly byId = new Map<string, Event>();
  readonly entityById = new Map<string, Entity>();
  private readonly byEntity = new Map<string, Event[]>();
  private readonly index: MiniSearch<SearchDoc>;

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
    this.index = new MiniSearch<SearchDoc>({
      fields: [...SEARCH_FIELDS],
      tokenize: indexTerms,
      processTerm: (t) => t,
      searchOptions: {
        tokenize: queryTerms,
        processTerm: (t) => t,
        boost: { title: 3, names: 2, keywords: 2, summary: 1 },
        prefix,
        fuzzy,
        maxFuzzy: 2,
        combineWith: 'AND',
      },
    });
    const cache = new Map<string, string>();
    this.index.addAll(this.events.map((ev) => toSearchDoc(ev, this.entityById, cache)));
  }

  /** Events of one entity, newest first: a lookup, not a search. */
  eventsOfEntity(entityId: string): readonly Event[] {
    return this.byEntity.get(entityId) ?? [];
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult {
    const q = query.trim();
    if (queryTerms(q).length === 0) {
      const pool = filters.entity ? this.eventsOfEntity(filters.entity) : this.events;
      const all = pool.filter((ev) => passesFilters(ev, filters));
      return { hits: all.slice(0, limit).map((event) => ({ event, score: 0, terms: [] })), total: all.length };
    }
    const hits: SearchHit[] = [];
    for (const r of this.index.search(q)) {
      const event = this.byId.get(r.id as string)!;
      if (passesFilters(event, filters)) hits.push({ event, score: r.score, terms: r.terms });
    }
    // MiniSearch sorts by score already; ties (same words, same fields) go newest first.
    hits.sort((a, b) => b.score - a.score || byDateDesc(a.event, b.event));
    return { hits: hits.slice(0, limit), total: hits.length };
  }
}
