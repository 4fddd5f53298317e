/**
 * Entities found by the names a reader types, in any script: the English name, the native names and every
 * alias ('Putin', 'Путин', '普京', 'Harbin'). Pure: built from the entity rows the form already has.
 * Used by the own-event form's picker (suggestions as one types) and to read a typed list ('Putin, Harbin').
 */
import type { Entity } from '../../core/types';
import { fold } from '../../lib/search/normalize';

export interface NameEntry {
  /** The folded name (lowercase, ё→е, Latin marks dropped). */
  key: string;
  /** The name as written, shown in suggestions. */
  label: string;
  id: string;
}

export interface EntityNames {
  entries: NameEntry[];
  byKey: Map<string, Set<string>>;
  byId: Map<string, Entity>;
}

const squash = (s: string) => fold(s.normalize('NFKC').trim().replace(/\s+/g, ' '));

export function buildEntityNames(entities: readonly Entity[]): EntityNames {
  const entries: NameEntry[] = [];
  const byKey = new Map<string, Set<string>>();
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    byId.set(e.id, e);
    const labels = new Set<string>([e.name, ...Object.values(e.names ?? {}), ...e.aliases.map((a) => a.text)].filter((s): s is string => !!s?.trim()));
    for (const label of labels) {
      const key = squash(label);
      entries.push({ key, label, id: e.id });
      let ids = byKey.get(key);
      if (!ids) byKey.set(key, (ids = new Set()));
      ids.add(e.id);
    }
  }
  return { entries, byKey, byId };
}

export interface Suggestion {
  id: string;
  /** The name that matched what was typed ('Путин'), and the entity's English name ('Vladimir Putin'). */
  matched: string;
  name: string;
}

/**
 * Entities whose names start with (then contain) what was typed; each entity once, under the name that matched.
 * Whole-name matches first, then prefix, then a word inside the name; shorter names first within each.
 */
export function suggestEntities(names: EntityNames, typed: string, limit = 8, exclude: ReadonlySet<string> = new Set()): Suggestion[] {
  const q = squash(typed);
  if (!q) return [];
  const ranked: Array<{ rank: number; len: number; entry: NameEntry }> = [];
  for (const entry of names.entries) {
    if (exclude.has(entry.id)) continue;
    let rank = -1;
    if (entry.key === q) rank = 0;
    else if (entry.key.startsWith(q)) rank = 1;
    else if (entry.key.includes(` ${q}`) || entry.key.includes(`-${q}`)) rank = 2;
    // Chinese names have no spaces: a part inside the name counts ('京' finds '普京' only when longer queries fail).
    else if (/[\u3400-\u9fff]/.test(q) && entry.key.includes(q)) rank = 3;
    if (rank >= 0) ranked.push({ rank, len: entry.key.length, entry });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.len - b.len || a.entry.label.localeCompare(b.entry.label));
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const { entry } of ranked) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    out.push({ id: entry.id, matched: entry.label, name: names.byId.get(entry.id)?.name ?? entry.id });
    if (out.length >= limit) break;
  }
  return out;
}

export interface ParsedEntities {
  ids: string[];
  /** Pieces that name nothing in the dataset, as typed. */
  unknown: string[];
  /** Pieces that name more than one entity, with the candidates' ids. */
  ambiguous: Array<{ text: string; ids: string[] }>;
}

/** Splits a typed list on commas (',', '，', '、', ';') and line breaks. */
export function splitNames(text: string): string[] {
  return text.split(/[,，、;；\n]+/).map((s) => s.trim()).filter(Boolean);
}

/**
 * Reads 'Putin, Harbin' (or 'Путин、哈尔滨', or ids as before: 'vladimir-putin') into entity ids. A piece
 * resolves when it is an id or a name of exactly one entity.
 */
export function parseEntityList(names: EntityNames, text: string): ParsedEntities {
  const ids: string[] = [];
  const unknown: string[] = [];
  const ambiguous: ParsedEntities['ambiguous'] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const piece of splitNames(text)) {
    if (names.byId.has(piece)) {
      add(piece);
      continue;
    }
    const found = names.byKey.get(squash(piece));
    if (!found) unknown.push(piece);
    else if (found.size === 1) add([...found][0]!);
    else ambiguous.push({ text: piece, ids: [...found] });
  }
  return { ids, unknown, ambiguous };
}
