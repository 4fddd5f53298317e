/**
 * The events a named entity brings into a search, and how they rank: the entity's own events first
 * (the more central it is to an event, the higher: named in the title, listed first), then events whose
 * text names it without listing it. Exact words only: a name typed whole is never stretched by
 * prefix or typo tolerance into someone else's ('Li Qiang' is not 'Qian Qichen' nor 'Jiang Zemin').
 */
import type { Entity, Event } from '../../core/types';
import { nameKey, type EntityMention } from './entity-query';
import { indexTerms, queryTerms } from './tokenize';

export interface ScoredMatch {
  score: number;
  terms: string[];
}

export interface MentionSources {
  byId: ReadonlyMap<string, Event>;
  entityById: ReadonlyMap<string, Entity>;
  eventsOfEntity(id: string): readonly Event[];
  /**
   * Events holding every term exactly (no prefix, no typos), with BM25 scores, matched terms and whether
   * every term is in the title; in `fields` only when given.
   */
  exactText(terms: string[], fields?: string[]): { id: string; score: number; terms: string[]; inTitle: boolean }[];
}

/** Listing the entity outranks any amount of text: ~2–15 is what BM25 gives one word. */
const LISTED = 30;
const IN_TITLE = 12;
const FIRST_LISTED = 8;

/** Folded text of what the index holds of an event: where the typed name is looked for as a phrase. */
function eventText(ev: Event): string {
  return ` ${nameKey([ev.title, ev.summary, ...(ev.keywords ?? [])].join(' \n '))} `;
}

/** Whether a folded text holds one of the names from a word start (a Russian ending may follow; Han: anywhere). */
function namesIn(text: string, keys: readonly string[]): boolean {
  return keys.some((k) => (/[\u3400-\u9fff]/.test(k) ? text.includes(k) : text.includes(` ${k}`)));
}

export class MentionMatcher {
  private readonly cache = new Map<string, Map<string, ScoredMatch>>();
  private readonly nameTerms = new Map<string, string[]>();

  constructor(private readonly src: MentionSources) {}

  /** What to mark in an event found through the entity: its names in each language, not every alias. */
  termsOf(id: string): string[] {
    let terms = this.nameTerms.get(id);
    if (!terms) {
      const e = this.src.entityById.get(id);
      terms = e ? indexTerms([e.name, ...Object.values(e.names ?? {})].join(' \n ')).filter((t) => t.length > 1) : [];
      this.nameTerms.set(id, terms);
    }
    return terms;
  }

  match(m: EntityMention): Map<string, ScoredMatch> {
    const cacheKey = `${nameKey(m.text)}\u0000${m.ids.join(' ')}`;
    const hit = this.cache.get(cacheKey);
    if (hit) return hit;
    const out = new Map<string, ScoredMatch>();
    const typed = queryTerms(m.text);
    // The typed words' own hits: their weight, which titles hold them, and events naming it unlisted.
    // Through the index: one lookup, not a pass over thousands of titles at 100k events.
    const textHits = typed.length ? this.src.exactText(typed) : [];
    const titledAsTyped = new Set(textHits.filter((r) => r.inTitle).map((r) => r.id));
    for (const id of m.ids) {
      // Titles naming it as typed or by its English name ('Путин' typed, 'Putin' in the title).
      let titled = titledAsTyped;
      const e = this.src.entityById.get(id);
      const nameWords = e ? queryTerms(e.name) : [];
      if (nameWords.length && nameWords.join(' ') !== typed.join(' ')) {
        titled = new Set(titledAsTyped);
        for (const r of this.src.exactText(nameWords, ['title'])) titled.add(r.id);
      }
      const terms = [...new Set([...typed, ...this.termsOf(id)])];
      for (const ev of this.src.eventsOfEntity(id)) {
        const at = ev.entities.indexOf(id);
        const score = LISTED + (at === 0 ? FIRST_LISTED : at === 1 ? FIRST_LISTED / 2 : 0) + (titled.has(ev.id) ? IN_TITLE : 0);
        const cur = out.get(ev.id);
        if (!cur || cur.score < score) out.set(ev.id, { score, terms });
      }
    }
    // Events that name it in their words without listing it ('mentions him'): the typed name as a phrase
    // (its words all matched already). And the words' own weight for the events that list it.
    const typedKey = [nameKey(m.text)];
    for (const r of textHits) {
      const cur = out.get(r.id);
      if (cur) {
        cur.score += r.score;
        continue;
      }
      // One word is there already (the index says so); several must stand together ('Li Qiang', not 'Li … Qiang').
      const ev = typed.length > 1 ? this.src.byId.get(r.id) : undefined;
      if (typed.length <= 1 || (ev && namesIn(eventText(ev), typedKey))) out.set(r.id, { score: r.score, terms: r.terms });
    }
    if (this.cache.size >= 12) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(cacheKey, out);
    return out;
  }
}
