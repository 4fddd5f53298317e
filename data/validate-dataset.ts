/**
 * Checks the curated data files and returns every problem found (never throws), so one test run
 * lists all that is wrong at once. Pure: the caller reads the files and passes parsed arrays and,
 * optionally, their raw text (for the canonical-form check).
 */
import { EVENT_AREAS, EVENT_KINDS } from '../core/types';
import { ALIAS_KEYS, ENTITY_KEYS, ENTITY_TEXT_KEYS, EVENT_KEYS, EVENT_TEXT_KEYS, TRANSLATION_LANGS, canonicalText, kindOfFile } from './canonical';
import { checkDate, compareDates } from './partial-date';

export type Rule =
  | 'json' // not an array / not an object
  | 'canonical' // file text differs from its canonical form
  | 'unknown-field'
  | 'required' // a required field missing or empty
  | 'id' // malformed id
  | 'duplicate-id'
  | 'date'
  | 'enum' // unknown kind, type, side or lang
  | 'reference' // event names an entity id that does not exist
  | 'source' // missing source or not an http(s) URL
  | 'alias' // malformed or duplicated alias within one entity
  | 'alias-languages' // entity lacks aliases in en, zh or ru
  | 'alias-shared' // alias shared by two entities without being ambiguous on both
  | 'translation' // missing or malformed Chinese/Russian title, summary or description
  | 'area'; // event without a known area

export const RULES: readonly Rule[] = [
  'json', 'canonical', 'unknown-field', 'required', 'id', 'duplicate-id', 'date', 'enum', 'reference',
  'source', 'alias', 'alias-languages', 'alias-shared', 'translation', 'area',
];

export interface Problem {
  rule: Rule;
  file: string;
  id?: string;
  field?: string;
  message: string;
}

export interface DataFiles {
  /** Path (e.g. 'entities/people.json') → parsed content. */
  entityFiles: Record<string, unknown>;
  eventFiles: Record<string, unknown>;
  /** Path → raw file text; files absent here skip the canonical check. */
  texts?: Record<string, string>;
}

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'agreement', 'project', 'exercise', 'event', 'concept'] as const;
export const SIDES = ['china', 'russia', 'both', 'other'] as const;
export const LANGS = ['en', 'zh', 'ru'] as const;

type Json = Record<string, unknown>;
type Report = (rule: Rule, field: string | undefined, message: string) => void;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Folding used to decide whether two aliases can hit the same text. */
export function foldAlias(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

function checkUnknownKeys(obj: Json, keys: readonly string[], report: Report, where = ''): void {
  for (const key of Object.keys(obj)) if (!keys.includes(key)) report('unknown-field', where + key, `unknown field "${key}"`);
}

function checkSources(sources: unknown, report: Report, requireOne: boolean): void {
  if (sources === undefined && !requireOne) return;
  if (!Array.isArray(sources) || sources.length === 0) {
    report('source', 'sources', 'needs at least one source URL');
    return;
  }
  const seen = new Set<string>();
  sources.forEach((url, i) => {
    if (!isHttpUrl(url)) report('source', `sources[${i}]`, `not an http(s) URL: ${JSON.stringify(url)}`);
    else if (seen.has(url as string)) report('source', `sources[${i}]`, `duplicate source ${url}`);
    seen.add(url as string);
  });
}

/** Every item carries its text in Chinese and Russian: `translations.zh.title`, `translations.ru.description`… */
function checkTranslations(value: unknown, keys: readonly string[], report: Report): void {
  if (!isObject(value)) {
    report('translation', 'translations', `needs translations in ${TRANSLATION_LANGS.join(' and ')}`);
    return;
  }
  for (const lang of Object.keys(value)) {
    if (!(TRANSLATION_LANGS as readonly string[]).includes(lang)) report('translation', `translations.${lang}`, `unknown translation language "${lang}"`);
  }
  for (const lang of TRANSLATION_LANGS) {
    const text = value[lang];
    if (!isObject(text)) {
      report('translation', `translations.${lang}`, `needs a ${lang} translation`);
      continue;
    }
    checkUnknownKeys(text, keys, report, `translations.${lang}.`);
    for (const key of keys) {
      if (!nonEmptyString(text[key])) report('translation', `translations.${lang}.${key}`, `needs a ${lang} ${key}`);
    }
  }
}

interface AliasOwner { entityId: string; file: string; text: string; ambiguous: boolean; caseSensitive: boolean }

function checkEntity(e: Json, report: Report, aliasIndex: Map<string, AliasOwner[]>, file: string): void {
  checkUnknownKeys(e, ENTITY_KEYS, report);
  if (!nonEmptyString(e.name)) report('required', 'name', 'needs a canonical English name');
  if (!nonEmptyString(e.description)) report('required', 'description', 'needs a one-sentence description');
  checkTranslations(e.translations, ENTITY_TEXT_KEYS, report);
  if (!(ENTITY_TYPES as readonly unknown[]).includes(e.type)) report('enum', 'type', `unknown type ${JSON.stringify(e.type)}`);
  if (!(SIDES as readonly unknown[]).includes(e.side)) report('enum', 'side', `unknown side ${JSON.stringify(e.side)}`);
  if (e.names !== undefined) {
    if (!isObject(e.names)) report('json', 'names', 'names must be an object');
    else for (const [lang, value] of Object.entries(e.names)) {
      if (!(LANGS as readonly string[]).includes(lang)) report('enum', `names.${lang}`, `unknown lang "${lang}"`);
      if (!nonEmptyString(value)) report('required', `names.${lang}`, 'empty name');
    }
  }
  checkSources(e.sources, report, true);
  if (!Array.isArray(e.aliases) || e.aliases.length === 0) {
    report('required', 'aliases', 'needs aliases');
    return;
  }
  const langs = new Set<string>();
  const own = new Set<string>();
  e.aliases.forEach((a, i) => {
    const field = `aliases[${i}]`;
    if (!isObject(a)) return report('json', field, 'alias must be an object');
    checkUnknownKeys(a, ALIAS_KEYS, report, `${field}.`);
    if (!(LANGS as readonly unknown[]).includes(a.lang)) report('enum', `${field}.lang`, `unknown lang ${JSON.stringify(a.lang)}`);
    else langs.add(a.lang as string);
    for (const flag of ['ambiguous', 'caseSensitive'] as const) {
      if (a[flag] !== undefined && typeof a[flag] !== 'boolean') report('alias', `${field}.${flag}`, `${flag} must be a boolean`);
    }
    if (!nonEmptyString(a.text) || a.text !== a.text.trim()) return report('alias', `${field}.text`, `empty or untrimmed alias ${JSON.stringify(a.text)}`);
    // The same text may serve two languages (acronyms like 'CNPC' in Russian text), but not twice in one.
    const key = `${a.lang}:${a.caseSensitive ? a.text.normalize('NFC') : foldAlias(a.text)}`;
    if (own.has(key)) report('alias', `${field}.text`, `alias "${a.text}" (${a.lang}) listed twice`);
    own.add(key);
    const folded = foldAlias(a.text);
    const list = aliasIndex.get(folded) ?? [];
    list.push({ entityId: String(e.id), file, text: a.text, ambiguous: a.ambiguous === true, caseSensitive: a.caseSensitive === true });
    aliasIndex.set(folded, list);
  });
  const missing = LANGS.filter((l) => !langs.has(l));
  if (missing.length > 0) report('alias-languages', 'aliases', `no aliases in ${missing.join(', ')}`);
}

function checkEvent(e: Json, report: Report, entityIds: Set<string>): void {
  checkUnknownKeys(e, EVENT_KEYS, report);
  const dateProblem = checkDate(e.date);
  if (dateProblem) report('date', 'date', dateProblem);
  if (e.endDate !== undefined) {
    const endProblem = checkDate(e.endDate);
    if (endProblem) report('date', 'endDate', endProblem);
    else if (!dateProblem && compareDates(e.date as string, e.endDate as string) >= 0) {
      report('date', 'endDate', `endDate ${e.endDate} must be after date ${e.date}`);
    }
  }
  if (typeof e.id === 'string' && typeof e.date === 'string' && !e.id.startsWith(`${e.date}-`)) {
    report('id', 'id', `event id must start with its date "${e.date}-"`);
  }
  if (!(EVENT_KINDS as readonly unknown[]).includes(e.kind)) report('enum', 'kind', `unknown kind ${JSON.stringify(e.kind)}`);
  if (!nonEmptyString(e.title)) report('required', 'title', 'needs a title');
  if (!nonEmptyString(e.summary)) report('required', 'summary', 'needs a summary');
  checkTranslations(e.translations, EVENT_TEXT_KEYS, report);
  if (!(EVENT_AREAS as readonly unknown[]).includes(e.area)) report('area', 'area', `needs an area, one of ${EVENT_AREAS.join(', ')}`);
  if (e.note !== undefined && !nonEmptyString(e.note)) report('required', 'note', 'note must be a non-empty string');
  if (e.keywords !== undefined && (!Array.isArray(e.keywords) || !e.keywords.every(nonEmptyString))) {
    report('required', 'keywords', 'keywords must be non-empty strings');
  }
  if (!Array.isArray(e.entities) || e.entities.length === 0) report('required', 'entities', 'needs at least one entity');
  else {
    const seen = new Set<unknown>();
    e.entities.forEach((ref, i) => {
      if (typeof ref !== 'string' || !entityIds.has(ref)) report('reference', `entities[${i}]`, `unknown entity ${JSON.stringify(ref)}`);
      else if (seen.has(ref)) report('reference', `entities[${i}]`, `entity "${ref}" listed twice`);
      seen.add(ref);
    });
  }
  checkSources(e.sources, report, true);
}

type Item = { file: string; item: unknown; index: number };

function items(files: Record<string, unknown>, problems: Problem[]): Item[] {
  const out: Item[] = [];
  for (const [file, content] of Object.entries(files)) {
    if (!Array.isArray(content)) {
      problems.push({ rule: 'json', file, message: 'file must hold a JSON array' });
      continue;
    }
    content.forEach((item, index) => out.push({ file, item, index }));
  }
  return out;
}

export function validateDataset(input: DataFiles): Problem[] {
  const problems: Problem[] = [];
  const reporter = (file: string, id?: string): Report => (rule, field, message) => {
    problems.push({ rule, file, ...(id !== undefined ? { id } : {}), ...(field !== undefined ? { field } : {}), message });
  };

  for (const [file, text] of Object.entries(input.texts ?? {})) {
    const content = { ...input.entityFiles, ...input.eventFiles }[file];
    if (Array.isArray(content) && canonicalText(kindOfFile(file), content) !== text) {
      reporter(file)('canonical', undefined, 'not in canonical form: run `npm run --silent data:format`');
    }
  }

  const entityIds = new Set<string>();
  const aliasIndex = new Map<string, AliasOwner[]>();
  checkIds(items(input.entityFiles, problems), reporter, entityIds, (e, report, file) => checkEntity(e, report, aliasIndex, file));
  checkIds(items(input.eventFiles, problems), reporter, new Set(), (e, report) => checkEvent(e, report, entityIds));
  checkSharedAliases(aliasIndex, reporter);
  return problems;
}

function checkIds(
  list: Item[],
  reporter: (file: string, id?: string) => Report,
  ids: Set<string>,
  check: (e: Json, report: Report, file: string) => void,
): void {
  const firstFile = new Map<string, string>();
  // Collect ids first so references can point at entities in any file.
  for (const { file, item, index } of list) {
    const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
    const report = reporter(file, id ?? `#${index}`);
    if (!isObject(item)) { report('json', undefined, 'item must be an object'); continue; }
    if (id === undefined || !KEBAB.test(id)) { report('id', 'id', `malformed id ${JSON.stringify(item.id)} (kebab-case)`); continue; }
    if (ids.has(id)) report('duplicate-id', 'id', `duplicate id (also in ${firstFile.get(id)})`);
    else firstFile.set(id, file);
    ids.add(id);
  }
  for (const { file, item, index } of list) {
    if (!isObject(item)) continue;
    check(item, reporter(file, typeof item.id === 'string' ? item.id : `#${index}`), file);
  }
}

/** Two aliases collide unless both are case-sensitive and differ in case ('SCO' vs 'Sco'). */
function checkSharedAliases(index: Map<string, AliasOwner[]>, reporter: (file: string, id?: string) => Report): void {
  for (const owners of index.values()) {
    const entities = new Set(owners.map((o) => o.entityId));
    if (entities.size < 2) continue;
    for (const a of owners) {
      if (a.ambiguous) continue;
      const others = owners.filter((b) => b.entityId !== a.entityId && !(a.caseSensitive && b.caseSensitive && a.text !== b.text));
      if (others.length === 0) continue;
      const names = [...new Set(others.map((b) => b.entityId))].join(', ');
      reporter(a.file, a.entityId)('alias-shared', 'aliases', `alias "${a.text}" is shared with ${names}: mark it ambiguous on both`);
    }
  }
}
