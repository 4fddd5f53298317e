/**
 * The one canonical text form of every data file, shared by `scripts/format-data.ts` and the
 * dataset test: fixed key order, empty optionals omitted, stable sorting, 2-space JSON + newline.
 * A fixed form keeps diffs reviewable when several people edit the data at once.
 */

type Json = Record<string, unknown>;

export const EVENT_KEYS = ['id', 'date', 'endDate', 'kind', 'area', 'title', 'summary', 'translations', 'entities', 'keywords', 'sources', 'note'] as const;
export const ENTITY_KEYS = ['id', 'name', 'type', 'side', 'description', 'translations', 'names', 'aliases', 'sources'] as const;
export const TRANSLATION_LANGS = ['zh', 'ru'] as const;
export const EVENT_TEXT_KEYS = ['title', 'summary'] as const;
export const ENTITY_TEXT_KEYS = ['description'] as const;
export const ALIAS_KEYS = ['text', 'lang', 'ambiguous', 'caseSensitive'] as const;
export const NAME_LANGS = ['en', 'zh', 'ru'] as const;

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value as object).length === 0;
  return false;
}

/** Known keys first in their fixed order, then any unknown keys (kept, so nothing is lost; the validator reports them). */
function ordered(obj: Json, keys: readonly string[], map: (key: string, value: unknown) => unknown = (_k, v) => v): Json {
  const out: Json = {};
  const known = new Set(keys);
  const all = [...keys, ...Object.keys(obj).filter((k) => !known.has(k)).sort()];
  for (const key of all) {
    if (!(key in obj)) continue;
    const value = map(key, obj[key]);
    if (!isEmpty(value)) out[key] = value;
  }
  return out;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compareStrings(a: unknown, b: unknown): number {
  const x = String(a ?? '');
  const y = String(b ?? '');
  return x < y ? -1 : x > y ? 1 : 0;
}

export function canonicalAlias(alias: unknown): unknown {
  if (!isObject(alias)) return alias;
  // `ambiguous: false` and `caseSensitive: false` are the defaults: omitting them is the canonical form.
  return ordered(alias, ALIAS_KEYS);
}

export function canonicalEntity(entity: unknown): unknown {
  if (!isObject(entity)) return entity;
  return ordered(entity, ENTITY_KEYS, (key, value) => {
    if (key === 'names' && isObject(value)) return ordered(value, NAME_LANGS);
    if (key === 'aliases' && Array.isArray(value)) return value.map(canonicalAlias);
    if (key === 'translations') return canonicalTranslations(value, ENTITY_TEXT_KEYS);
    return value;
  });
}

function canonicalTranslations(value: unknown, keys: readonly string[]): unknown {
  if (!isObject(value)) return value;
  return ordered(value, TRANSLATION_LANGS, (_lang, text) => (isObject(text) ? ordered(text, keys) : text));
}

export function canonicalEvent(event: unknown): unknown {
  if (!isObject(event)) return event;
  return ordered(event, EVENT_KEYS, (key, value) => (key === 'translations' ? canonicalTranslations(value, EVENT_TEXT_KEYS) : value));
}

export type FileKind = 'entities' | 'events';

export function canonicalArray(kind: FileKind, items: unknown[]): unknown[] {
  if (kind === 'entities') {
    return items.map(canonicalEntity).sort((a, b) => compareStrings((a as Json)?.id, (b as Json)?.id));
  }
  return items
    .map(canonicalEvent)
    .sort((a, b) => compareStrings((a as Json)?.date, (b as Json)?.date) || compareStrings((a as Json)?.id, (b as Json)?.id));
}

export function canonicalText(kind: FileKind, items: unknown[]): string {
  return JSON.stringify(canonicalArray(kind, items), null, 2) + '\n';
}

/** 'entities/people.json' → 'entities': the folder decides the schema. */
export function kindOfFile(file: string): FileKind {
  return file.includes('events/') ? 'events' : 'entities';
}
