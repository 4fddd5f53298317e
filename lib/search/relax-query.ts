/**
 * When a query of several words finds nothing ('Wang Yi Lavrov 2021'), the nearest query that does:
 * the same words minus one (then two), dropping what narrows most first: a year or number, then plain
 * words from the end, names last (a name is what the reader is surely after). Names typed as several
 * words ('Wang Yi') are dropped whole, never cut in half.
 */
import type { EntityMention } from './entity-query';

export interface RelaxedQuery {
  query: string;
  total: number;
}

interface Part {
  text: string;
  /** Lower drops first. */
  rank: number;
}

/** Splits a query into droppable parts: each name whole, each other word alone. */
export function queryParts(query: string, mentions: readonly EntityMention[]): Part[] {
  const parts: Part[] = [];
  let cursor = 0;
  const words = (s: string) => {
    for (const w of s.split(/\s+/).filter(Boolean)) parts.push({ text: w, rank: /^\d+$/.test(w) ? 0 : 1 });
  };
  for (const m of mentions) {
    words(query.slice(cursor, m.start));
    parts.push({ text: m.text, rank: 2 });
    cursor = m.end;
  }
  words(query.slice(cursor));
  return parts;
}

/**
 * The first shorter query with results, or null. `count` runs the search (the caller's filters apply);
 * at most `budget` searches are tried.
 */
export function relaxQuery(query: string, mentions: readonly EntityMention[], count: (q: string) => number, budget = 12): RelaxedQuery | null {
  const parts = queryParts(query, mentions);
  if (parts.length < 2) return null;
  const join = (keep: (i: number) => boolean) => parts.filter((_, i) => keep(i)).map((p) => p.text).join(' ');
  // Which part to drop first: lowest rank, and among equals the last typed.
  const order = parts.map((p, i) => ({ i, rank: p.rank })).sort((a, b) => a.rank - b.rank || b.i - a.i);
  const candidates: string[] = order.map(({ i }) => join((j) => j !== i));
  if (parts.length >= 3) {
    for (let a = 0; a < order.length; a++) for (let b = a + 1; b < order.length; b++) candidates.push(join((j) => j !== order[a].i && j !== order[b].i));
  }
  let tried = 0;
  for (const q of [...new Set(candidates)]) {
    if (tried++ >= budget) break;
    const total = count(q);
    if (total > 0) return { query: q, total };
  }
  return null;
}
