/**
 * Undated references to a well-known moment of one thing: 'Putin and Xi launched the Power of
 * Siberia pipeline', 'объявили о продлении Договора', '《条约》延期'. The sentence around a name
 * that belongs to a few events is compared with those events' own words; a clear winner becomes
 * a cue naming it (kinds empty, `strength` set: how far past the bar the words went).
 */
import type { Cue, Entity, EntityType, Event, Reference } from './types';
import { sentenceAround, type EventWords } from './dates/event-words';

/**
 * A name in more than this share of events says nothing about which one (China, Putin, the
 * Kremlin). A share, not a count: the dataset grew fivefold, and the Power of Siberia's 24 events
 * are as much 'its moments' as its 12 were.
 */
const MAX_EVENTS_SHARE = 20 / 268;
/** Things that have moments; a country or a minister is a topic, not one event's subject. */
const THINGS = new Set<EntityType>(['agreement', 'project', 'exercise', 'event']);

export interface EntityDescriber {
  describe(text: string, references: readonly Reference[]): Cue[];
}

export function createEntityDescriber(events: readonly Event[], entities: ReadonlyMap<string, Entity>, words: EventWords): EntityDescriber {
  const maxEvents = Math.max(20, events.length * MAX_EVENTS_SHARE);
  const byEntity = new Map<string, string[]>();
  for (const e of events) {
    for (const id of new Set(e.entities)) {
      const type = entities.get(id)?.type;
      if (type && THINGS.has(type)) byEntity.set(id, [...(byEntity.get(id) ?? []), e.id]);
    }
  }
  return {
    describe(text, references) {
      const out: Cue[] = [];
      const done = new Set<string>(); // entity + sentence: a long page repeats both
      for (const r of references) {
        if (r.ambiguous) continue;
        const ids = byEntity.get(r.entityId);
        if (!ids || ids.length < 2 || ids.length > maxEvents) continue;
        const sentence = sentenceAround(text, r.start, r.end);
        const key = `${r.entityId}\u0000${sentence}`;
        if (done.has(key)) continue;
        done.add(key);
        const match = words.describedAmong(ids, sentence);
        if (match) out.push({ text: r.text, start: r.start, end: r.end, kinds: [], events: [match.id], strength: match.strength });
      }
      return out;
    },
  };
}
