/**
 * Page-wide ambiguity resolution, run after all chunks are merged: a short or shared alias
 * ('Xi', 'SCO', 'China') is kept only when the rest of the page supports the reading.
 */
import type { Entity, Reference, Side } from './types';

const RELEVANT: ReadonlySet<Side> = new Set(['china', 'russia', 'both']);

export function resolveReferences(refs: Reference[], entities: ReadonlyMap<string, Entity>): Reference[] {
  // Evidence that needs no context: unambiguous aliases of known entities.
  const strong = new Set<string>();
  for (const r of refs) if (!r.ambiguous && entities.has(r.entityId)) strong.add(r.entityId);
  const strongRelevant = [...strong].filter((id) => RELEVANT.has(entities.get(id)!.side));

  // Weak evidence backs itself up only when several different ambiguous entities agree
  // ('China's Xi ... the Kremlin'), never a single repeated word, nor one surname in two cases
  // ('Новак … Новаку', 'Брежнева … Брежневу'): a person is one word however it is declined.
  const weakRelevant = new Set<string>();
  for (const r of refs) {
    if (!r.ambiguous) continue;
    if (candidatesOf(r).some((id) => RELEVANT.has(entities.get(id)?.side ?? 'other'))) weakRelevant.add(weakKey(r, entities));
  }

  // 'China and Russia rejected … China and Russia warned …': the pair itself, written twice, is the
  // page speaking of the two together. Once, it may be the tail of a list ('India, China and Russia').
  const pairSeen = new Map<string, number>();
  for (const r of refs) if (r.ambiguous && isPairOfSides(r, entities)) pairSeen.set(r.text.toLowerCase(), (pairSeen.get(r.text.toLowerCase()) ?? 0) + 1);
  const pairs = [...pairSeen.values()].reduce((n, c) => n + c, 0);

  const out: Reference[] = [];
  for (const r of refs) {
    if (r.ambiguous && pairs >= 2 && isPairOfSides(r, entities)) {
      const { alternatives: _dropped, ...rest } = r;
      out.push(rest);
      continue;
    }
    if (!r.ambiguous) {
      if (entities.has(r.entityId)) out.push(r);
      continue;
    }
    const chosen = choose(r, entities, strong, strongRelevant, weakRelevant);
    if (!chosen) continue;
    const { alternatives: _dropped, ...rest } = r;
    out.push({ ...rest, entityId: chosen });
  }
  return out;
}

/** Two names joined by 'and' ('China and Russia', 'Москва и Пекин', '中国和俄罗斯') naming the relationship ('both' side, no other reading). */
function isPairOfSides(r: Reference, entities: ReadonlyMap<string, Entity>): boolean {
  if (r.alternatives?.length) return false;
  const e = entities.get(r.entityId);
  return e?.side === 'both' && e.type === 'concept' && /\S\s+(?:and|и)\s+\S|\S[和与與]\S/u.test(r.text);
}

/** A word of weak evidence: a person's every declined form is one word (its candidate entities). */
function weakKey(r: Reference, entities: ReadonlyMap<string, Entity>): string {
  const ids = candidatesOf(r);
  if (ids.every((id) => entities.get(id)?.type === 'person')) return ids.sort().join(' ');
  return r.text.toLowerCase();
}

function candidatesOf(r: Reference): string[] {
  return r.alternatives?.length ? [r.entityId, ...r.alternatives] : [r.entityId];
}

function choose(
  r: Reference,
  entities: ReadonlyMap<string, Entity>,
  strong: ReadonlySet<string>,
  strongRelevant: readonly string[],
  weakSurfaces: ReadonlySet<string>,
): string | null {
  const candidates = candidatesOf(r).filter((id) => entities.has(id));
  // 1. The same entity is named unambiguously elsewhere on the page.
  const named = candidates.find((id) => strong.has(id));
  if (named) return named;
  // 2. The page is clearly about China or Russia. A person ('Xi' beside 'Putin'), a place
  //    ('Россия' beside 'Китай') or a shared entity ('SCO') may draw on either side; an
  //    organisation only on its own side, so a generic word ('央行', central bank) in a
  //    Russia-only story is not China's central bank.
  const relevant = candidates.filter((id) => RELEVANT.has(entities.get(id)!.side));
  if (relevant.length && strongRelevant.length) {
    const sides = new Set(strongRelevant.map((id) => entities.get(id)!.side));
    const sameSide = relevant.find((id) => sides.has(entities.get(id)!.side) || sides.has('both'));
    if (sameSide) return sameSide;
    return relevant.find((id) => entities.get(id)!.type !== 'organisation' || entities.get(id)!.side === 'both') ?? null;
  }
  // 3. Only ambiguous words, but at least two different ones pointing at relevant entities.
  if (relevant.length && !strongRelevant.length && weakSurfaces.size >= 2) return relevant[0];
  return null;
}
