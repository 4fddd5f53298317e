/**
 * What a page's cues say about one event: its own key phrases or a sentence that describes it
 * (identity), and kind cues ('video call', 'state visit') near the date or names that matched it.
 */
import type { Cue, EventKind } from './types';
import { nearestDistance, nearestIn } from './link-dates';

/** Cue kinds that also speak for neighbouring kinds: 'talks' fit a state visit as well as a meeting. */
const KIND_ALSO: Partial<Record<EventKind, EventKind[]>> = {
  meeting: ['state-visit', 'summit'],
  'state-visit': ['meeting'],
  agreement: ['treaty', 'statement', 'energy', 'trade', 'finance', 'border'],
  treaty: ['border', 'agreement'],
  statement: ['agreement'],
  summit: ['meeting'],
};
const NEAR = 220;
/** A sentence that paraphrases one event identifies it as surely as its date told in its words. */
const DESCRIBED_BASE = 5;



export interface CueIndex {
  phrases: Map<string, Cue[]>;
  byKind: Map<EventKind, { cue: Cue; exact: boolean }[]>;
}

export function indexCues(cues: readonly Cue[]): CueIndex {
  const byKind = new Map<EventKind, { cue: Cue; exact: boolean }[]>();
  const phrases = new Map<string, Cue[]>();
  for (const c of cues) {
    for (const id of c.events ?? []) phrases.set(id, [...(phrases.get(id) ?? []), c]);
    const kinds = new Set<EventKind>();
    for (const k of c.kinds) {
      kinds.add(k);
      for (const also of KIND_ALSO[k] ?? []) kinds.add(also);
    }
    for (const k of kinds) {
      const list = byKind.get(k) ?? [];
      list.push({ cue: c, exact: c.kinds.includes(k) });
      byKind.set(k, list);
    }
  }
  return { phrases, byKind };
}

/** The strongest identity cue for an event: a sentence describing it, or one of its key phrases. */
export function phraseEvidence(eventId: string, index: CueIndex): { score: number; why: string } {
  let score = 0;
  let why = '';
  for (const c of index.phrases.get(eventId) ?? []) {
    const described = c.kinds.length > 0;
    // A name whose sentence tells which of its events (kinds empty, strength set): less than a
    // kind cue's whole-sentence paraphrase, enough to pick the event among the thing's few.
    const told = !described && c.strength !== undefined;
    const s = described ? DESCRIBED_BASE + Math.min(3, ((c.strength ?? 1) - 1) * 2) : told ? Math.min(3.2, 1.8 + (c.strength! - 1)) : phraseWeight(c.text) / c.events!.length;
    if (s > score) {
      score = s;
      why = described || told ? `described: ${c.text}` : `phrase: ${c.text}`;
    }
  }
  return { score, why };
}

/** Kind cues: beside the matching date is best ('a video call at the end of December'); beside a name, good. */
export function kindCueEvidence(kind: EventKind, index: CueIndex, dateAt: readonly number[] | undefined, positions: readonly (readonly number[])[]): { score: number; why: string } {
  let score = 0;
  let why = '';
  // The best any cue can do here; reaching it ends the search (a long page has thousands of cues).
  const ceiling = dateAt !== undefined && dateAt.length > 0 ? 1.5 : positions.some((p) => p.length > 0) ? 1.1 : 0.2;
  const list = index.byKind.get(kind) ?? [];
  for (const pass of [true, false]) {
    const factor = pass ? 1 : 0.6; // cues of this very kind first, then of neighbouring kinds
    if (score >= ceiling * factor) break;
    for (const { cue, exact } of list) {
      if (exact !== pass) continue;
      const place = dateAt !== undefined && nearestDistance(cue.start, dateAt) <= NEAR ? 1.5 : nearestIn(cue.start, positions) <= NEAR ? 1.1 : 0.2;
      const s = place * factor;
      if (s > score) {
        score = s;
        why = `cue: ${cue.text}`;
        if (s >= ceiling * factor) break;
      }
    }
  }
  return { score, why };
}

/**
 * A phrase ('without limits'), a name ('Damansky', 'ВСТО', '珍宝岛') or a number ('12-point') is a
 * strong identity; one common lower-case word ('ceasefire', 'congratulations') is not.
 */
export function phraseWeight(text: string): number {
  const t = text.trim();
  if (/\s/.test(t) || t.length >= 14) return 4;
  if (/\d|[\u3400-\u9fff]/.test(t) || /^\p{Lu}/u.test(t)) return 3;
  return 1.2;
}
