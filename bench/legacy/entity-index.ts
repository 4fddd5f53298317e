/** The search as it was before the compact index (commit 2d3ae7a), kept only as the benchmarks' same-run baseline. */
/**
 * Entity names and every alias (EN/ZH/RU), indexed once per entity rather than copied into every event:
 * 'Путин' matches one small document, and the entity's events come from a precomputed list.
 * At 100k events this keeps the event index to the events' own words (less memory, faster build).
 */
import MiniSearch, { type AsPlainObject, type Query } from 'minisearch';
import type { Entity } from '../../core/types';
import { entityNames } from '../../lib/search/documents';
import { indexTerms } from '../../lib/search/tokenize';
import { fromIndexKey, toIndexKey } from '../../lib/search/index-key';
import type { Vocabulary } from './vocabulary';

export interface EntityMatch {
  id: string;
  /** 0..1, relative to the best entity match for this word. */
  weight: number;
  /** The matched alias terms plus the entity's own names: 'Путин' marks 'Putin' in an English title. */
  terms: string[];
}

/** What a built entity index keeps: MiniSearch's own JSON form and each entity's name terms. */
export interface EntityIndexSnapshot {
  index: AsPlainObject;
  nameTerms: [string, string[]][];
}

const FIELDS = ['names'];

export class EntityIndex {
  private readonly index: MiniSearch<{ id: string; names: string }>;
  /** Terms of each entity's name in every language (not all aliases: 'President Putin' should not mark 'president'). */
  private readonly nameTerms: Map<string, string[]>;

  constructor(entities: Iterable<Entity>, unknownIds: Iterable<string>, vocab: Vocabulary, snapshot?: EntityIndexSnapshot) {
    const options = {
      fields: FIELDS,
      tokenize: (text: string) => {
        // An entity's aliases repeat its words ('Putin', 'Vladimir Putin'): one of each is enough.
        const terms = [...new Set(indexTerms(text))];
        vocab.add(terms);
        return terms;
      },
      processTerm: toIndexKey,
      searchOptions: { processTerm: toIndexKey },
    };
    if (snapshot) {
      // A stored index of the same data: loading skips tokenizing and re-inserting every alias.
      this.index = MiniSearch.loadJS(snapshot.index, options);
      this.nameTerms = new Map(snapshot.nameTerms);
      return;
    }
    this.index = new MiniSearch(options);
    this.nameTerms = new Map();
    const list = [...entities];
    // Single Han characters left out: '京' of 普京 must not light up in 北京.
    for (const e of list) this.nameTerms.set(e.id, indexTerms([e.name, ...Object.values(e.names ?? {})].join(' \n ')).filter((t) => t.length > 1));
    const docs = list.map((e) => ({ id: e.id, names: entityNames(e).join(' \n ') }));
    // A reader's event may name an entity the dataset no longer has: its id still says something.
    for (const id of unknownIds) docs.push({ id, names: id.replace(/-/g, ' ') });
    this.index.addAll(docs);
  }

  toJSON(): EntityIndexSnapshot {
    return { index: this.index.toJSON(), nameTerms: [...this.nameTerms] };
  }

  match(query: Query): EntityMatch[] {
    const results = this.index.search(query);
    if (results.length === 0) return [];
    const top = results[0].score;
    return results.map((r) => ({ id: r.id as string, weight: r.score / top, terms: [...r.terms.map(fromIndexKey), ...(this.nameTerms.get(r.id as string) ?? [])] }));
  }
}
