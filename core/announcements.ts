/**
 * Where a page announces something still to come ('the upcoming summit', 'will visit', '将出席',
 * 'предстоящий визит'): an event after the publication day is linked only beside such words or a
 * date of its own. The words per language are data (core/data/announcing-words.json).
 */
import type { Cue } from './types';
import words from './data/announcing-words.json';

const LISTS: readonly string[] = [...words.en, ...words.zh, ...words.ru];

/** Announcing words in `text` (matched case-insensitively as substrings), as cues without kinds. */
export function findAnnouncements(text: string): Cue[] {
  const folded = text.toLowerCase();
  const out: Cue[] = [];
  for (const w of LISTS) {
    const word = w.trim();
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + w.length)) {
      out.push({ text: text.slice(i, i + word.length), start: i, end: i + word.length, kinds: [], announces: true });
    }
  }
  return out;
}
