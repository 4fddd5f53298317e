/**
 * Which entities a typed query names. 'Li Qiang', 'Ли Цян', 'Лаврова', '李强', '上合组织' and 'Power of
 * Siberia' are names or aliases of entities in the dataset: a query holding one should find that entity's
 * events, and never a different person's through a fuzzy match of its words ('Qiang' is not 'Jiang').
 *
 * A query is a few words, so instead of the core's automaton (built for scanning pages, ~0.5 s to build
 * for every alias) this is a map from folded name to entities, looked up for every span of query words.
 * Russian case endings come from the core's rules (`inflectionStem`/`inflectionEnd`, `russianCaseForms`):
 * the same forms a page is matched with are the forms a query is resolved with.
 */
import type { Entity } from '../../core/types';
import { charFlags, foldTableOf } from '../../core/fold';
import { inflectionEnd, inflectionStem, shouldInflect } from '../../core/inflection';
import { russianCaseForms } from '../../core/russian-cases';
import { CJK } from './tokenize';

export interface EntityMention {
  /** The span of the query that names them, in UTF-16 offsets. */
  start: number;
  end: number;
  text: string;
  /** Entities with that name (more than one when an alias is shared, 'Zhang Hanhui' never is). */
  ids: string[];
}

const CYR = /[\u0400-\u04ff]/;
/** A name longer than this many words is not looked for in a query. */
const MAX_WORDS = 8;
/** Han aliases are looked up inside a run of Han text ('普京习近平' names two people). */
const MAX_HAN = 16;

/** How a name and a query span are compared: folded, punctuation and spacing as one space. */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(NOT_WORD, ' ').trim();
}
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/** Every surface form of an entity: its name, names in each language and aliases. */
export function entityForms(e: Entity): string[] {
  const forms = new Set<string>([e.name]);
  for (const n of Object.values(e.names ?? {})) if (n) forms.add(n);
  for (const a of e.aliases) forms.add(a.text);
  return [...forms];
}

export class EntityQuery {
  private readonly exact = new Map<string, string[]>();
  /** Stems of Russian names that take case endings: 'лавров' for Лавров/Лаврова/Лавровым. */
  private readonly stems = new Map<string, string[]>();
  // Only Russian case endings need the fold tables; fetched when first used, since building them (65,536
  // code units, the first time anything asks) was a third of the popup's first search by a Latin name.
  private get fold() {
    return foldTableOf();
  }
  private get flags() {
    return charFlags();
  }

  private readonly entities: Entity[];
  private cyrillicBuilt = false;

  constructor(entities: Iterable<Entity>) {
    this.entities = [...entities];
    for (const e of this.entities) {
      for (const form of entityForms(e)) {
        if (CYR.test(form)) continue; // built on the first Cyrillic query: most readers never type one
        const key = nameKey(form);
        // One Latin letter is no name; one Han character can be ('俄'), but only typed alone.
        if (key.length > 1 || CJK.test(key)) add(this.exact, key, e.id);
      }
    }
  }

  /** Russian names, their stems and their case forms (~10k forms of names of things: ~30 ms). */
  private buildCyrillic(): void {
    this.cyrillicBuilt = true;
    for (const e of this.entities) {
      for (const form of entityForms(e)) {
        if (!CYR.test(form)) continue;
        const key = nameKey(form);
        if (key.length < 2) continue;
        add(this.exact, key, e.id);
        if (shouldInflect(form)) add(this.stems, nameKey(inflectionStem(form)), e.id);
        // Multi-word names of things change every word ('Шанхайской организации сотрудничества').
        if (e.type !== 'person') for (const f of russianCaseForms(form)) add(this.exact, nameKey(f), e.id);
      }
    }
  }

  /** Entities named by a key, the key taken as it is or as a stem plus a Russian case ending. */
  private lookup(key: string): string[] | undefined {
    const hit = this.exact.get(key);
    if (hit) return hit;
    if (!CYR.test(key)) return undefined;
    for (let k = 1; k <= 3 && k < key.length - 2; k++) {
      const stem = key.slice(0, -k);
      const ids = this.stems.get(stem);
      if (ids && inflectionEnd(key, stem.length, this.fold, this.flags) === key.length) return ids;
    }
    return this.stems.get(key);
  }

  /**
   * The names in a query, leftmost-longest and not overlapping: 'wang yi lavrov 2023' → Wang Yi, Lavrov.
   * The last word counts only once it is complete: the caller decides whether a trailing partial word
   * ('Li Qia') is still being typed; a name is a name only when typed whole.
   */
  resolve(query: string): EntityMention[] {
    if (!this.cyrillicBuilt && CYR.test(query)) this.buildCyrillic();
    const words = [...query.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*/gu)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
    const out: EntityMention[] = [];
    for (let i = 0; i < words.length; ) {
      let found: EntityMention | null = null;
      let used = 0;
      for (let j = Math.min(words.length, i + MAX_WORDS); j > i && !found; j--) {
        const span = query.slice(words[i].start, words[j - 1].end);
        const ids = this.lookup(nameKey(span));
        if (ids) {
          found = { start: words[i].start, end: words[j - 1].end, text: span, ids };
          used = j - i;
        }
      }
      if (found) {
        out.push(found);
        i += used;
        continue;
      }
      if (CJK.test(words[i].text)) out.push(...this.inHan(words[i].text, words[i].start));
      i++;
    }
    return out;
  }

  /** Names inside one run of Han text (with any Latin glued to it), leftmost-longest. */
  private inHan(run: string, at: number): EntityMention[] {
    const out: EntityMention[] = [];
    const chars = [...run];
    let offset = 0;
    for (let p = 0; p < chars.length; ) {
      let len = Math.min(MAX_HAN, chars.length - p);
      let hit: string[] | undefined;
      for (; len >= 1; len--) {
        if (len === 1 && chars.length > 1) break; // a lone character inside longer text is part of a word
        hit = this.exact.get(nameKey(chars.slice(p, p + len).join('')));
        if (hit) break;
      }
      if (hit && len >= 1) {
        const text = chars.slice(p, p + len).join('');
        out.push({ start: at + offset, end: at + offset + text.length, text, ids: hit });
        offset += text.length;
        p += len;
      } else {
        offset += chars[p].length;
        p++;
      }
    }
    return out;
  }
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** The query with the named spans blanked: what is left is searched word by word as before. */
export function withoutMentions(query: string, mentions: readonly EntityMention[]): string {
  let out = '';
  let cursor = 0;
  for (const m of mentions) {
    out += query.slice(cursor, m.start) + ' ';
    cursor = m.end;
  }
  return out + query.slice(cursor);
}
