/**
 * Entity names and every alias (EN/ZH/RU), indexed once per entity rather than copied into every event:
 * 'Путин' matches one small document, and the entity's events come from a precomputed list.
 * At 100k events this keeps the event index to the events' own words (less memory, faster build).
 */
import type { Query } from 'minisearch';
import type { Entity } from '../../core/types';
import { CompactIndex, type CompactIndexData } from './compact-index';
import { entityNames } from './documents';
import { indexTerms } from './tokenize';
import { fromIndexKey, toIndexKey } from './index-key';
import { Vocabulary } from './vocabulary';

export interface EntityMatch {
  id: string;
  /** 0..1, relative to the best entity match for this word. */
  weight: number;
  /** The matched alias terms plus the entity's own names: 'Путин' marks 'Putin' in an English title. */
  terms: string[];
}

/** What a built entity index keeps: the compact index and each entity's name terms. */
export interface EntityIndexSnapshot {
  index: CompactIndexData;
  nameTerms: [string, string[]][];
}

const FIELDS = ['names'];

function indexOptions(vocab: Vocabulary) {
  return {
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
}

const unknownDoc = (id: string) => ({ id, names: id.replace(/-/g, ' ') });

export class EntityIndex {
  private readonly index: CompactIndex;
  /** Terms of each entity's name in every language (not all aliases: 'President Putin' should not mark 'president'). */
  private readonly nameTerms: Map<string, string[]>;

  constructor(entities: Iterable<Entity>, unknownIds: Iterable<string>, vocab: Vocabulary, snapshot?: EntityIndexSnapshot) {
    const options = indexOptions(vocab);
    if (snapshot) {
      // A stored index of the same data: loading skips tokenizing and re-inserting every alias.
      this.index = CompactIndex.load(snapshot.index, options);
      if (!Array.isArray(snapshot.nameTerms)) throw new Error('stored entity index: no name terms');
      this.nameTerms = new Map(snapshot.nameTerms);
      return;
    }
    this.nameTerms = new Map();
    const list = [...entities];
    // Single Han characters left out: '京' of 普京 must not light up in 北京.
    for (const e of list) this.nameTerms.set(e.id, indexTerms([e.name, ...Object.values(e.names ?? {})].join(' \n ')).filter((t) => t.length > 1));
    const docs = list.map((e) => ({ id: e.id, names: entityNames(e).join(' \n ') }));
    // A reader's event may name an entity the dataset no longer has: its id still says something.
    for (const id of unknownIds) docs.push(unknownDoc(id));
    this.index = CompactIndex.build(docs, options);
  }

  /**
   * A stored entity index with the unknown ids it lacks (entities a reader's events name that the dataset
   * does not have) added: the index a build over these entities and unknown ids would make. The added
   * ids' words are handed to `vocabWith`, which returns the vocabulary the result answers with (the
   * stored one with every added word merged in). Throws if the stored index is of other entities, holds
   * an id not given, or holds them in another order.
   */
  static withIds(snapshot: EntityIndexSnapshot, entityIds: readonly string[], unknownIds: readonly string[], vocabWith: (added: Vocabulary) => Vocabulary): EntityIndex {
    const added = new Vocabulary();
    // Its options only matter for searching, and only the merged index is searched.
    const base = CompactIndex.load(snapshot.index, indexOptions(added));
    const have = new Set(base.documentIds);
    // Only ids no entity has can be added: an entity missing from the stored index means other data.
    if (entityIds.some((id) => !have.has(id))) throw new Error('stored entity index: other entities');
    const extra = unknownIds.filter((id) => !have.has(id));
    const more = CompactIndex.build(extra.map(unknownDoc), indexOptions(added));
    const vocab = vocabWith(added);
    const order = [...entityIds, ...unknownIds];
    if (extra.length === 0) {
      if (base.documentIds.length !== order.length || base.documentIds.some((id, i) => id !== order[i])) throw new Error('stored entity index: other ids');
      return new EntityIndex([], [], vocab, snapshot);
    }
    const merged = CompactIndex.merge(base, more, order, indexOptions(vocab));
    return new EntityIndex([], [], vocab, { index: merged.toData(), nameTerms: snapshot.nameTerms });
  }

  toJSON(): EntityIndexSnapshot {
    return { index: this.index.toData(), nameTerms: [...this.nameTerms] };
  }

  match(query: Query): EntityMatch[] {
    const results = this.index.search(query);
    if (results.length === 0) return [];
    // Best first, as MiniSearch returned them (a stable sort: equal scores keep the order they were found in).
    results.sort((a, b) => b.score - a.score);
    const top = results[0].score;
    return results.map((r) => ({ id: r.id as string, weight: r.score / top, terms: [...r.terms.map(fromIndexKey), ...(this.nameTerms.get(r.id as string) ?? [])] }));
  }
}
