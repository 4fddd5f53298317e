/**
 * Entity names and every alias (EN/ZH/RU), indexed once per entity rather than copied into every event:
 * 'Путин' matches one small document, and the entity's events come from a precomputed list.
 * At 100k events this keeps the event index to the events' own words (less memory, faster build).
 */
import MiniSearch, { type Query } from 'minisearch';
import type { Entity } from '../../core/types';
import { entityNames } from './documents';
import { indexTerms } from './tokenize';
import type { Vocabulary } from './vocabulary';

export interface EntityMatch {
  id: string;
  /** 0..1, relative to the best entity match for this word. */
  weight: number;
  terms: string[];
}

export class EntityIndex {
  private readonly index: MiniSearch<{ id: string; names: string }>;

  constructor(entities: Iterable<Entity>, unknownIds: Iterable<string>, vocab: Vocabulary) {
    this.index = new MiniSearch({
      fields: ['names'],
      tokenize: (text) => {
        // An entity's aliases repeat its words ('Putin', 'Vladimir Putin'): one of each is enough.
        const terms = [...new Set(indexTerms(text))];
        vocab.add(terms);
        return terms;
      },
      processTerm: (t) => t,
      searchOptions: { processTerm: (t) => t },
    });
    const docs = [...entities].map((e) => ({ id: e.id, names: entityNames(e).join(' \n ') }));
    // A reader's event may name an entity the dataset no longer has: its id still says something.
    for (const id of unknownIds) docs.push({ id, names: id.replace(/-/g, ' ') });
    this.index.addAll(docs);
  }

  match(query: Query): EntityMatch[] {
    const results = this.index.search(query);
    if (results.length === 0) return [];
    const top = results[0].score;
    return results.map((r) => ({ id: r.id as string, weight: r.score / top, terms: r.terms }));
  }
}
