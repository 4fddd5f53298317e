/**
 * Turns a typed query into one MiniSearch query per word. How far a word reaches:
 *  - one Latin/Cyrillic letter: dropped (not indexed either); a query of only such letters is 'too short';
 *  - two or three letters: the word itself if the index has it, else its most frequent completions;
 *  - four letters or more: MiniSearch's own prefix search, and fuzzy from five letters
 *    (1 edit, 2 from eight letters) so 'samarcand' still finds Samarkand;
 *  - Han: bigrams match exactly, a single character as a prefix of the bigrams it starts; never fuzzy,
 *    because one changed character is a different word.
 */
import type { Query, SearchOptions } from 'minisearch';
import { isCjkTerm, queryTerms } from './tokenize';
import type { Vocabulary } from './vocabulary';

export const SHORT_PREFIX_COMPLETIONS = 6;
/** Stop adding completions once they cover this many occurrences: two letters should not score the whole index. */
const COMPLETION_BUDGET = 4000;
/** Completions count like MiniSearch's prefix matches: well below the word as typed. */
const COMPLETION_WEIGHT = 0.4;

const asIs = (s: string) => [s];

/** One query per typed word; the caller requires every word to match, in an event's text or its entities. */
export interface PlannedWord {
  /** The word as a term: what the per-word result cache is keyed by. */
  term: string;
  query: Query;
}

export function planQuery(text: string, vocab: Vocabulary): PlannedWord[] | null {
  const terms = queryTerms(text).filter((t) => t.length > 1 || isCjkTerm(t));
  if (terms.length === 0) return null;
  return [...new Set(terms)].map((term) => ({ term, query: planWord(term, vocab) }));
}

function planWord(term: string, vocab: Vocabulary): Query {
  {
    if (isCjkTerm(term)) {
      return { queries: [term], tokenize: asIs, prefix: [...term].length === 1, fuzzy: false };
    }
    // A short word that is a word in its own right ('xi', 'un', 'sco') means itself, not 'xiamen' or 'united'.
    if (term.length <= 3 && vocab.has(term)) return { queries: [term], tokenize: asIs, prefix: false, fuzzy: false };
    if (term.length <= 3) {
      const words = vocab.complete(term, SHORT_PREFIX_COMPLETIONS, COMPLETION_BUDGET);
      const options: SearchOptions = {
        tokenize: asIs,
        prefix: false,
        fuzzy: false,
        combineWith: 'OR',
        boostTerm: (t: string) => (t === term ? 1 : COMPLETION_WEIGHT),
      };
      return { ...options, queries: words.length > 0 ? words : [term] };
    }
    // Typos are forgiven only for a word the data does not hold: 'qiang' is a word, and must not find 'jiang'.
    const fuzzy = term.length < 5 || vocab.has(term) ? false : term.length >= 8 ? 2 : 1;
    return { queries: [term], tokenize: asIs, prefix: true, fuzzy, maxFuzzy: 2 };
  }
}
