/**
 * Finds candidate entity references: every alias of every entity in one automaton pass.
 * Ambiguity is only flagged here; `resolveReferences` decides page-wide what counts.
 */
import type { Alias, Entity, Lang, Reference } from './types';
import { buildMatcher, restoreMatcher, type Matcher, type PatternSpec } from './matcher';
import type { MatcherSnapshot } from './matcher-snapshot';
import { foldString } from './fold';
import { shouldInflect } from './inflection';
import { BLOCKERS } from './blockers';
import { addressSpans, isOtherCountrysOffice } from './context-blockers';
import { russianCaseForms } from './russian-cases';

export interface ReferenceFinder {
  /** All candidate references in text (offsets into text), leftmost-longest, non-overlapping.
      Ambiguous aliases are included with `ambiguous: true`. */
  find(text: string): Reference[];
  /** The alias automaton as plain data, to restore with `buildReferenceFinder(entities, stored)`. */
  snapshot(): MatcherSnapshot;
  /** The automaton came from a snapshot. */
  readonly restored: boolean;
  /** The automaton and who each pattern names, as plain data: `restoreReferenceFinder` takes it back as it is. */
  tables(): ReferenceTables;
}

/**
 * A finder as plain data (built at build time for the bundled entities and shipped): the automaton,
 * and per pattern the entities it names, flat. Pattern p names targets [targetStart[p], targetStart[p + 1]),
 * each an index into `entityIds`, a language index into `langs`, and whether that alias is ambiguous.
 */
export interface ReferenceTables {
  matcher: MatcherSnapshot;
  entityIds: string[];
  langs: string[];
  targetStart: Uint32Array;
  targetEntity: Uint32Array;
  /** lang index * 2 + ambiguous. */
  targetInfo: Uint8Array;
}

interface Target {
  entityId: string;
  lang: Lang;
  ambiguous: boolean;
}

/**
 * Short Latin acronyms and names written with a capital ('Xi', 'SCO', 'CPC') are compared with
 * their case even if the data forgot to say so: 'XI' in 'Super Bowl XI' and 'sco' are other words.
 */
function effectivelyCaseSensitive(alias: Alias): boolean {
  if (alias.caseSensitive) return true;
  return alias.text.length <= 3 && /^[A-Z]/.test(alias.text) && /^[A-Za-z.]+$/.test(alias.text);
}

/** `stored`: a snapshot of an earlier finder; used only if made from the same alias patterns. */
export function buildReferenceFinder(entities: Entity[], stored?: unknown): ReferenceFinder {
  const specs: PatternSpec[] = [];
  const targets: Target[][] = [];
  const byKey = new Map<string, number>();

  const add = (spec: PatternSpec, target: Target | null) => {
    const key = `${spec.caseSensitive ? spec.text : foldString(spec.text)}\u0000${spec.caseSensitive ? 1 : 0}${spec.inflects ? 1 : 0}`;
    let p = byKey.get(key);
    if (p === undefined) {
      p = specs.length;
      byKey.set(key, p);
      specs.push(spec);
      targets.push([]);
    }
    if (target && !targets[p].some((t) => t.entityId === target.entityId)) targets[p].push(target);
  };

  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const target = { entityId: entity.id, lang: alias.lang, ambiguous: !!alias.ambiguous };
      for (const spec of patternsOf(alias, entity.type !== 'person')) add(spec, target);
    }
  }
  for (const text of BLOCKERS) add({ text }, null);

  return finderOver(buildMatcher(specs, stored), targets);
}

/** A finder from `tables()` of another, without computing a single alias pattern; undefined if malformed. */
export function restoreReferenceFinder(tables: ReferenceTables | undefined): ReferenceFinder | undefined {
  if (!tables || typeof tables !== 'object') return undefined;
  const { entityIds, langs, targetStart, targetEntity, targetInfo } = tables;
  const matcher = restoreMatcher(tables.matcher);
  if (!matcher || !Array.isArray(entityIds) || !Array.isArray(langs)) return undefined;
  const n = matcher.patternCount;
  if (!(targetStart instanceof Uint32Array) || targetStart.length !== n + 1 || !(targetEntity instanceof Uint32Array) || !(targetInfo instanceof Uint8Array)) return undefined;
  if (targetEntity.length !== targetInfo.length || targetStart[n] !== targetEntity.length) return undefined;
  const targets: Target[][] = new Array(n);
  for (let p = 0; p < n; p++) {
    const list: Target[] = [];
    const from = targetStart[p];
    const to = targetStart[p + 1];
    if (to < from) return undefined;
    for (let k = from; k < to; k++) {
      const entityId = entityIds[targetEntity[k]];
      const lang = langs[targetInfo[k] >> 1] as Lang | undefined;
      if (entityId === undefined || lang === undefined) return undefined;
      list.push({ entityId, lang, ambiguous: (targetInfo[k] & 1) === 1 });
    }
    targets[p] = list;
  }
  return finderOver(matcher, targets);
}

function finderOver(matcher: Matcher, targets: Target[][]): ReferenceFinder {
  function find(text: string): Reference[] {
    const refs: Reference[] = [];
    const matches = matcher.scan(text);
    const addresses = addressSpans(text);
    let a = 0;
    for (let i = 0; i < matches.length; ) {
      const { start, end } = matches[i];
      const tied: Target[] = [];
      for (; i < matches.length && matches[i].start === start && matches[i].end === end; i++) {
        for (const t of targets[matches[i].aliasIndex]) if (!tied.some((u) => u.entityId === t.entityId)) tied.push(t);
      }
      if (tied.length === 0) continue; // a blocker phrase ('bone china', 'SCO Group') won the span
      // Matches come in text order, so the address cursor only moves forward.
      while (a < addresses.length && addresses[a][1] <= start) a++;
      if (a < addresses.length && addresses[a][0] < end) continue; // inside kremlin.ru or an e-mail
      if (isOtherCountrysOffice(text, start, end)) continue; // 叙国防部长: Syria's minister
      tied.sort((a, b) => Number(a.ambiguous) - Number(b.ambiguous));
      const first = tied[0];
      const ref: Reference = { text: text.slice(start, end), start, end, entityId: first.entityId, lang: first.lang };
      if (tied.length > 1) {
        ref.ambiguous = true;
        ref.alternatives = tied.slice(1).map((t) => t.entityId);
      } else if (first.ambiguous) ref.ambiguous = true;
      refs.push(ref);
    }
    return refs;
  }

  function tables(): ReferenceTables {
    const entityIds: string[] = [];
    const entityIndex = new Map<string, number>();
    const langs: string[] = [];
    const start = new Uint32Array(targets.length + 1);
    const entity: number[] = [];
    const info: number[] = [];
    targets.forEach((list, p) => {
      start[p] = entity.length;
      for (const t of list) {
        let e = entityIndex.get(t.entityId);
        if (e === undefined) entityIndex.set(t.entityId, (e = entityIds.push(t.entityId) - 1));
        let l = langs.indexOf(t.lang);
        if (l < 0) l = langs.push(t.lang) - 1;
        entity.push(e);
        info.push(l * 2 + (t.ambiguous ? 1 : 0));
      }
    });
    start[targets.length] = entity.length;
    return { matcher: matcher.snapshot(), entityIds, langs, targetStart: start, targetEntity: Uint32Array.from(entity), targetInfo: Uint8Array.from(info) };
  }

  return { find, snapshot: () => matcher.snapshot(), restored: matcher.restored, tables };
}

/**
 * The patterns one alias contributes: itself, and for Russian names of things their case forms.
 * People are left out: their surname alias already inflects ('Путина'), and their many
 * first-name-and-surname forms would double the automaton for no new finds.
 */
function patternsOf(alias: Alias, withCases: boolean): PatternSpec[] {
  const text = alias.text.trim();
  if (!text) return [];
  const caseSensitive = effectivelyCaseSensitive(alias);
  const own: PatternSpec = { text, caseSensitive, inflects: alias.lang === 'ru' && shouldInflect(text) };
  if (alias.lang !== 'ru' || !withCases) return [own];
  return [own, ...russianCaseForms(text).map((form) => ({ text: form, caseSensitive }))];
}

/** Exposed for the benchmark: the same pattern table the finder builds. */
export function aliasPatterns(entities: Entity[]): PatternSpec[] {
  return entities.flatMap((e) => e.aliases.flatMap((a) => patternsOf(a, e.type !== 'person')));
}
