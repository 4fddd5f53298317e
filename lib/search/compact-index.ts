/**
 * A read-only full-text index held in typed arrays: sorted terms, and per term and field the documents
 * that hold it with how often. It scores exactly as MiniSearch 7 does (BM25+, prefix and fuzzy weights,
 * term boosts, OR/AND combinations; a unit test compares both on the real dataset), but
 *  - it stores as a few strings and typed arrays, which IndexedDB clones as flat copies: loading a stored
 *    index is a copy, not a rebuild of a radix tree and millions of Map entries;
 *  - a query can be limited to candidate documents (the events the other typed words already matched),
 *    so a word scores only those instead of every document that holds it. Scores do not change: the
 *    document frequencies come from the whole index.
 * The scoring below follows MiniSearch's executeQuery/executeQuerySpec/termResults (MIT licence, Luca Ongaro).
 */
import type { Query, SearchOptions } from 'minisearch';
import { fuzzyTerms, indexOfTerm, prefixRange } from './sorted-terms';

/** What a stored index is made of: strings and typed arrays only, so a structured clone is a flat copy. */
export interface CompactIndexData {
  fields: string[];
  /** Document ids, one per line, in the order they were added (a document's number is its line). */
  ids: string;
  /** Sorted terms (index keys), one per line. */
  terms: string;
  /** Per document and field, its count of distinct terms (MiniSearch's field length). */
  fieldLength: Uint32Array;
  avgFieldLength: number[];
  /** Postings of term t in field f: docs/freqs[offsets[t * fields + f] .. offsets[t * fields + f + 1]). */
  offsets: Uint32Array;
  docs: Uint32Array;
  freqs: Uint32Array;
}

export interface RawResult {
  score: number;
  /** Query terms matched (MiniSearch's queryTerms): the score is multiplied by their number. */
  terms: string[];
  /** Index terms matched in the document. */
  match: string[];
  /** Per entry of `match`, the fields it was found in, as bits of the field numbers (MiniSearch's match[term]). */
  fieldBits: number[];
}

export interface IndexHit {
  id: string;
  /** The document's number, for callers that keep per-document arrays. */
  doc: number;
  score: number;
  terms: string[];
  /** Per entry of `terms`, the fields it was found in, as bits (fieldBit() of a field's name). */
  fieldBits: number[];
}

type Options = {
  fields: string[];
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string;
  searchOptions?: SearchOptions;
};

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const SEARCH_DEFAULTS: SearchOptions = { combineWith: 'or', prefix: false, fuzzy: false, maxFuzzy: 6, boost: {}, weights: WEIGHTS, bm25: BM25 };
const SEP = '\n';

/** Candidate sets larger than this share of a posting list are checked by walking the list, not by lookups. */
const LOOKUP_RATIO = 8;

export class CompactIndex {
  readonly fields: string[];
  private readonly fieldIds: Record<string, number>;
  private readonly ids: string[];
  private readonly terms: string[];
  private readonly fieldLength: Uint32Array;
  private readonly avgFieldLength: number[];
  private readonly offsets: Uint32Array;
  private readonly docs: Uint32Array;
  private readonly freqs: Uint32Array;
  private readonly searchOptions: SearchOptions;
  private readonly tokenize: (text: string) => string[];
  private readonly processTerm: (term: string) => string;
  private idToDoc: Map<string, number> | null = null;

  private constructor(data: CompactIndexData, options: Options) {
    this.fields = data.fields;
    this.fieldIds = Object.fromEntries(data.fields.map((f, i) => [f, i]));
    this.ids = data.ids === '' ? [] : data.ids.split(SEP);
    this.terms = data.terms === '' ? [] : data.terms.split(SEP);
    this.fieldLength = data.fieldLength;
    this.avgFieldLength = data.avgFieldLength;
    this.offsets = data.offsets;
    this.docs = data.docs;
    this.freqs = data.freqs;
    this.tokenize = options.tokenize;
    this.processTerm = options.processTerm;
    this.searchOptions = { ...SEARCH_DEFAULTS, ...options.searchOptions };
  }

  get documentCount(): number {
    return this.ids.length;
  }

  /**
   * Indexes documents as MiniSearch's addAll would: each field tokenized, its length the number of
   * distinct tokens, each token's processed form counted per document and field.
   */
  static build<D extends { id: string }>(documents: Iterable<D>, options: Options): CompactIndex {
    const { fields, tokenize, processTerm } = options;
    const nf = fields.length;
    const termIds = new Map<string, number>();
    const termList: string[] = [];
    // Per term and field: flat [doc, freq, doc, freq, ...]; documents arrive in order, so a repeat is the last pair.
    const postings: number[][] = [];
    const ids: string[] = [];
    const lengths: number[] = [];
    const avg: number[] = fields.map(() => 0);
    for (const document of documents) {
      const doc = ids.length;
      ids.push(document.id);
      for (let f = 0; f < nf; f++) {
        const value = (document as unknown as Record<string, unknown>)[fields[f]];
        if (value == null) {
          lengths.push(0);
          continue;
        }
        const tokens = tokenize(String(value));
        const length = new Set(tokens).size;
        lengths.push(length);
        avg[f] = (avg[f] * doc + length) / (doc + 1);
        for (const token of tokens) {
          const term = processTerm(token);
          if (!term) continue;
          let t = termIds.get(term);
          if (t === undefined) {
            t = termList.length;
            termIds.set(term, t);
            termList.push(term);
            for (let k = 0; k < nf; k++) postings.push([]);
          }
          const list = postings[t * nf + f];
          if (list.length > 0 && list[list.length - 2] === doc) list[list.length - 1]++;
          else list.push(doc, 1);
        }
      }
    }
    const order = termList.map((_, i) => i).sort((a, b) => (termList[a] < termList[b] ? -1 : 1));
    let total = 0;
    for (const list of postings) total += list.length / 2;
    const offsets = new Uint32Array(order.length * nf + 1);
    const docs = new Uint32Array(total);
    const freqs = new Uint32Array(total);
    let at = 0;
    order.forEach((t, rank) => {
      for (let f = 0; f < nf; f++) {
        offsets[rank * nf + f] = at;
        const list = postings[t * nf + f];
        for (let k = 0; k < list.length; k += 2) {
          docs[at] = list[k];
          freqs[at++] = list[k + 1];
        }
      }
    });
    offsets[order.length * nf] = at;
    const data: CompactIndexData = {
      fields: [...fields],
      ids: ids.join(SEP),
      terms: order.map((t) => termList[t]).join(SEP),
      fieldLength: Uint32Array.from(lengths),
      avgFieldLength: avg,
      offsets,
      docs,
      freqs,
    };
    return new CompactIndex(data, options);
  }

  /** A stored index; throws if its parts do not fit together (a corrupt or foreign row). */
  static load(data: CompactIndexData, options: Options): CompactIndex {
    const ok =
      data &&
      Array.isArray(data.fields) &&
      data.fields.join(SEP) === options.fields.join(SEP) &&
      typeof data.ids === 'string' &&
      typeof data.terms === 'string' &&
      data.fieldLength instanceof Uint32Array &&
      data.offsets instanceof Uint32Array &&
      data.docs instanceof Uint32Array &&
      data.freqs instanceof Uint32Array &&
      Array.isArray(data.avgFieldLength) &&
      data.avgFieldLength.length === data.fields.length;
    if (!ok) throw new Error('stored index: wrong shape');
    const index = new CompactIndex(data, options);
    const nf = index.fields.length;
    const nDocs = index.ids.length;
    const { offsets, docs } = index;
    if (
      index.fieldLength.length !== nDocs * nf ||
      offsets.length !== index.terms.length * nf + 1 ||
      offsets[offsets.length - 1] !== docs.length ||
      data.freqs.length !== docs.length
    )
      throw new Error('stored index: parts do not fit');
    for (let i = 1; i < offsets.length; i++) if (offsets[i] < offsets[i - 1]) throw new Error('stored index: offsets out of order');
    for (let i = 0; i < docs.length; i++) if (docs[i] >= nDocs) throw new Error('stored index: unknown document');
    return index;
  }

  /**
   * The index CompactIndex.build would make of `a`'s and `b`'s documents together, added in the order of
   * `order` (every document id of both, each once), without tokenizing anything again: terms merged,
   * postings renumbered and merged, field lengths copied, average field lengths recomputed in that order
   * (the same sums in the same order as build's, so the same numbers). The result's data equals a build's.
   * Throws if `order` is not such an order (an id missing, unknown, twice, or `a`'s or `b`'s documents
   * out of their own relative order: then only a build gives the build's numbering).
   */
  static merge(a: CompactIndex, b: CompactIndex, order: readonly string[], options: Options): CompactIndex {
    const nf = a.fields.length;
    if (a.fields.join(SEP) !== b.fields.join(SEP) || a.fields.join(SEP) !== options.fields.join(SEP)) throw new Error('merge: other fields');
    const n = order.length;
    if (a.ids.length + b.ids.length !== n) throw new Error('merge: other documents');
    const at = new Map<string, number>();
    for (let i = 0; i < n; i++) at.set(order[i], i);
    if (at.size !== n) throw new Error('merge: a document twice');
    const renumber = (x: CompactIndex) => {
      const map = new Uint32Array(x.ids.length);
      for (let i = 0; i < x.ids.length; i++) {
        const d = at.get(x.ids[i]);
        if (d === undefined || (i > 0 && d <= map[i - 1])) throw new Error('merge: documents out of order');
        map[i] = d;
      }
      return map;
    };
    const mapA = renumber(a);
    const mapB = renumber(b);
    const fieldLength = new Uint32Array(n * nf);
    for (const [x, map] of [[a, mapA], [b, mapB]] as const)
      for (let i = 0; i < map.length; i++) for (let f = 0; f < nf; f++) fieldLength[map[i] * nf + f] = x.fieldLength[i * nf + f];
    // As build computes it, document by document (every field of our documents has a value).
    const avg = a.fields.map(() => 0);
    for (let d = 0; d < n; d++) for (let f = 0; f < nf; f++) avg[f] = (avg[f] * d + fieldLength[d * nf + f]) / (d + 1);
    // Terms: the union of two sorted lists, sorted.
    const terms: string[] = [];
    const fromA: number[] = [];
    const fromB: number[] = [];
    for (let i = 0, j = 0; i < a.terms.length || j < b.terms.length; ) {
      const ta = a.terms[i];
      const tb = b.terms[j];
      if (j >= b.terms.length || (i < a.terms.length && ta < tb)) (terms.push(ta), fromA.push(i++), fromB.push(-1));
      else if (i >= a.terms.length || tb < ta) (terms.push(tb), fromA.push(-1), fromB.push(j++));
      else (terms.push(ta), fromA.push(i++), fromB.push(j++));
    }
    const offsets = new Uint32Array(terms.length * nf + 1);
    const docs = new Uint32Array(a.docs.length + b.docs.length);
    const freqs = new Uint32Array(docs.length);
    let k = 0;
    for (let t = 0; t < terms.length; t++) {
      for (let f = 0; f < nf; f++) {
        offsets[t * nf + f] = k;
        let i = fromA[t] < 0 ? 0 : a.offsets[fromA[t] * nf + f];
        const iEnd = fromA[t] < 0 ? 0 : a.offsets[fromA[t] * nf + f + 1];
        let j = fromB[t] < 0 ? 0 : b.offsets[fromB[t] * nf + f];
        const jEnd = fromB[t] < 0 ? 0 : b.offsets[fromB[t] * nf + f + 1];
        while (i < iEnd || j < jEnd) {
          if (j >= jEnd || (i < iEnd && mapA[a.docs[i]] < mapB[b.docs[j]])) {
            docs[k] = mapA[a.docs[i]];
            freqs[k++] = a.freqs[i++];
          } else {
            docs[k] = mapB[b.docs[j]];
            freqs[k++] = b.freqs[j++];
          }
        }
      }
    }
    offsets[terms.length * nf] = k;
    const data: CompactIndexData = { fields: [...a.fields], ids: order.join(SEP), terms: terms.join(SEP), fieldLength, avgFieldLength: avg, offsets, docs, freqs };
    return new CompactIndex(data, options);
  }

  toData(): CompactIndexData {
    return {
      fields: [...this.fields],
      ids: this.ids.join(SEP),
      terms: this.terms.join(SEP),
      fieldLength: this.fieldLength,
      avgFieldLength: [...this.avgFieldLength],
      offsets: this.offsets,
      docs: this.docs,
      freqs: this.freqs,
    };
  }

  idOf(doc: number): string {
    return this.ids[doc];
  }

  docOf(id: string): number | undefined {
    this.idToDoc ??= new Map(this.ids.map((x, i) => [x, i]));
    return this.idToDoc.get(id);
  }

  /** Every document id, in the order they were indexed. */
  get documentIds(): readonly string[] {
    return this.ids;
  }

  has(term: string): boolean {
    return indexOfTerm(this.terms, this.processTerm(term)) >= 0;
  }

  /**
   * MiniSearch's search(): hits with score × number of query terms matched, and the index terms matched.
   * `within`: only these documents are scored (others are not returned). Unsorted: callers rank.
   */
  search(query: Query, within?: ReadonlySet<number>): IndexHit[] {
    const raw = this.executeQuery(query, {}, within);
    const out: IndexHit[] = [];
    for (const [doc, r] of raw) out.push({ id: this.ids[doc], doc, score: r.score * (r.terms.length || 1), terms: r.match, fieldBits: r.fieldBits });
    return out;
  }

  /** The bit a field has in IndexHit.fieldBits (0 for a field not indexed). */
  fieldBit(field: string): number {
    const id = this.fieldIds[field];
    return id === undefined ? 0 : 1 << id;
  }

  private executeQuery(query: Query, searchOptions: SearchOptions, within?: ReadonlySet<number>): Map<number, RawResult> {
    if (typeof query !== 'string') {
      if (typeof query !== 'object' || !('queries' in query)) throw new Error('compact index: wildcard queries are not supported');
      const options = { ...searchOptions, ...query, queries: undefined };
      const results = query.queries.map((sub) => this.executeQuery(sub, options, within));
      return combine(results, options.combineWith);
    }
    const options: SearchOptions = { tokenize: this.tokenize, processTerm: this.processTerm, ...this.searchOptions, ...searchOptions };
    const terms = options
      .tokenize!(query)
      .flatMap((t) => options.processTerm!(t) as string | string[] | null | undefined | false)
      .filter((t): t is string => !!t);
    const results = terms.map((term, i) => {
      const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(term, i, terms) : options.fuzzy || false;
      const prefix = typeof options.prefix === 'function' ? options.prefix(term, i, terms) : options.prefix === true;
      const termBoost = typeof options.boostTerm === 'function' ? options.boostTerm(term, i, terms) : 1;
      return this.executeTerm(term, fuzzy, prefix, termBoost, options, within);
    });
    return combine(results, options.combineWith);
  }

  private executeTerm(
    term: string,
    fuzzy: boolean | number,
    prefix: boolean,
    termBoost: number,
    searchOptions: SearchOptions,
    within?: ReadonlySet<number>,
  ): Map<number, RawResult> {
    const options = { ...this.searchOptions, ...searchOptions };
    const boosts = (options.fields ?? this.fields).map((field) => [this.fieldIds[field], options.boost?.[field] || 1] as const);
    const { fuzzy: fuzzyWeight, prefix: prefixWeight } = { ...WEIGHTS, ...options.weights };
    const bm25 = options.bm25 ?? BM25;
    const results = new Map<number, RawResult>();
    const exact = indexOfTerm(this.terms, term);
    if (exact >= 0) this.termResults(term, term, exact, 1, termBoost, boosts, bm25, results, within);
    let prefixFrom = 0;
    let prefixTo = 0;
    if (prefix) [prefixFrom, prefixTo] = prefixRange(this.terms, term);
    let fuzzyMatches: [number, number][] | null = null;
    if (fuzzy) {
      const f = fuzzy === true ? 0.2 : fuzzy;
      const maxDistance = f < 1 ? Math.min(options.maxFuzzy ?? 6, Math.round(term.length * f)) : f;
      if (maxDistance) fuzzyMatches = fuzzyTerms(this.terms, term, maxDistance);
    }
    for (let t = prefixFrom; t < prefixTo; t++) {
      const derived = this.terms[t];
      const distance = derived.length - term.length;
      if (!distance) continue;
      const weight = (prefixWeight! * derived.length) / (derived.length + 0.3 * distance);
      this.termResults(term, derived, t, weight, termBoost, boosts, bm25, results, within);
    }
    if (fuzzyMatches) {
      for (const [t, distance] of fuzzyMatches) {
        // A prefix match is scored as one, never twice; the exact term was scored above.
        if (!distance || (t >= prefixFrom && t < prefixTo)) continue;
        const derived = this.terms[t];
        const weight = (fuzzyWeight! * derived.length) / (derived.length + distance);
        this.termResults(term, derived, t, weight, termBoost, boosts, bm25, results, within);
      }
    }
    return results;
  }

  private termResults(
    sourceTerm: string,
    derivedTerm: string,
    t: number,
    termWeight: number,
    termBoost: number,
    boosts: readonly (readonly [number, number])[],
    bm25: { k: number; b: number; d: number },
    results: Map<number, RawResult>,
    within?: ReadonlySet<number>,
  ): void {
    const nf = this.fields.length;
    const { offsets, docs, freqs, fieldLength } = this;
    const n = this.ids.length;
    for (const [fieldId, fieldBoost] of boosts) {
      if (fieldId === undefined) continue;
      const from = offsets[t * nf + fieldId];
      const to = offsets[t * nf + fieldId + 1];
      const matching = to - from;
      if (matching === 0) continue;
      const avg = this.avgFieldLength[fieldId];
      const idf = Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
      const add = (k: number) => {
        const doc = docs[k];
        const tf = freqs[k];
        const len = fieldLength[doc * nf + fieldId];
        const raw = idf * (bm25.d + (tf * (bm25.k + 1)) / (tf + bm25.k * (1 - bm25.b + (bm25.b * len) / avg)));
        const score = termWeight * termBoost * fieldBoost * raw;
        const r = results.get(doc);
        if (r) {
          r.score += score;
          if (!r.terms.includes(sourceTerm)) r.terms.push(sourceTerm);
          addMatch(r, derivedTerm, 1 << fieldId);
        } else results.set(doc, { score, terms: [sourceTerm], match: [derivedTerm], fieldBits: [1 << fieldId] });
      };
      if (!within) for (let k = from; k < to; k++) add(k);
      else if (within.size * LOOKUP_RATIO < matching) {
        // Few candidates, a long list: look each candidate up (the list is sorted by document).
        for (const doc of within) {
          const k = search(docs, doc, from, to);
          if (k >= 0) add(k);
        }
      } else for (let k = from; k < to; k++) if (within.has(docs[k])) add(k);
    }
  }
}

/** Position of x in a[from, to) (sorted), or -1. */
function search(a: Uint32Array, x: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && a[lo] === x ? lo : -1;
}

/** Records that `term` matched in the fields `bits` (once per term, fields merged). */
function addMatch(r: RawResult, term: string, bits: number): void {
  const i = r.match.indexOf(term);
  if (i < 0) {
    r.match.push(term);
    r.fieldBits.push(bits);
  } else r.fieldBits[i] |= bits;
}

function combine(results: Map<number, RawResult>[], combineWith: string = 'or'): Map<number, RawResult> {
  if (results.length === 0) return new Map();
  const op = combineWith.toLowerCase();
  if (op === 'or') {
    return results.reduce((a, b) => {
      for (const [doc, r] of b) {
        const cur = a.get(doc);
        if (!cur) a.set(doc, r);
        else {
          cur.score += r.score;
          r.match.forEach((m, i) => addMatch(cur, m, r.fieldBits[i]));
          for (const t of r.terms) if (!cur.terms.includes(t)) cur.terms.push(t);
        }
      }
      return a;
    });
  }
  if (op === 'and') {
    return results.reduce((a, b) => {
      const out = new Map<number, RawResult>();
      for (const [doc, r] of b) {
        const cur = a.get(doc);
        if (!cur) continue;
        for (const t of r.terms) if (!cur.terms.includes(t)) cur.terms.push(t);
        r.match.forEach((m, i) => addMatch(cur, m, r.fieldBits[i]));
        out.set(doc, { score: cur.score + r.score, terms: cur.terms, match: cur.match, fieldBits: cur.fieldBits });
      }
      return out;
    });
  }
  if (op === 'and_not') {
    return results.reduce((a, b) => {
      for (const doc of b.keys()) a.delete(doc);
      return a;
    });
  }
  throw new Error(`Invalid combination operator: ${combineWith}`);
}
