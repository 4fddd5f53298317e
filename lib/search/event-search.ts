/**
 * Full-text search over events with MiniSearch (BM25, prefix and fuzzy) and our own tokenizer.
 * How far each typed word reaches is decided in query-plan.ts; filters and the cut to `limit` happen
 * after scoring, on plain arrays. Entity names are tokenized once per entity, not once per event.
 */
import MiniSearch from 'minisearch';
import type { Entity, Event, EventKind } from '../../core/types';
import { NAME_SEP, SEARCH_FIELDS, toSearchDoc, type SearchDoc } from './documents';
import { indexTerms } from './tokenize';
import { planQuery } from './query-plan';
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

export class EventSearch {
  readonly events: Event[];
  readonly byId = new Map<string, Event>();
  readonly entityById = new Map<string, Entity>();
  private readonly byEntity = new Map<string, Event[]>();
  private readonly index: MiniSearch<SearchDoc>;
  private readonly vocab = new Vocabulary();
  private readonly blockTerms = new Map<string, string[]>();

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
      tokenize: (text, field) => {
        const terms = field === 'names' ? this.nameTerms(text) : indexTerms(text);
        this.vocab.add(terms);
        return terms;
      },
      processTerm: (t) => t,
      searchOptions: { processTerm: (t) => t, boost: { title: 3, names: 2, keywords: 2, summary: 1 } },
    });
    const cache = new Map<string, string>();
    this.index.addAll(this.events.map((ev) => toSearchDoc(ev, this.entityById, cache)));
  }

  private nameTerms(text: string): string[] {
    const out: string[] = [];
    for (const block of text.split(NAME_SEP)) {
      let terms = this.blockTerms.get(block);
      if (!terms) this.blockTerms.set(block, (terms = indexTerms(block)));
      out.push(...terms);
    }
    // An entity's aliases repeat its words ('Putin', 'Vladimir Putin'); counting them twice says nothing.
    return [...new Set(out)];
  }

  /** Events of one entity, newest first: a lookup, not a search. */
  eventsOfEntity(entityId: string): readonly Event[] {
    return this.byEntity.get(entityId) ?? [];
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult {
    const plan = planQuery(query, this.vocab);
    if (!plan) {
      if (/[\p{L}\p{N}]/u.test(query)) return { hits: [], total: 0, tooShort: true };
      const pool = filters.entity ? this.eventsOfEntity(filters.entity) : this.events;
      const all = pool.filter((ev) => passesFilters(ev, filters));
      return { hits: all.slice(0, limit).map((event) => ({ event, score: 0, terms: [] })), total: all.length };
    }
    const hits: SearchHit[] = [];
    for (const r of this.index.search(plan)) {
      const event = this.byId.get(r.id as string)!;
      if (passesFilters(event, filters)) hits.push({ event, score: r.score, terms: r.terms });
    }
    // MiniSearch sorts by score already; ties (same words, same fields) go newest first.
    hits.sort((a, b) => b.score - a.score || byDateDesc(a.event, b.event));
    return { hits: hits.slice(0, limit), total: hits.length };
  }
}
