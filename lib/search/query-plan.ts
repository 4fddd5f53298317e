/**
 * Turns a typed query into a MiniSearch query tree. Every word must match (AND). How far a word reaches:
 *  - one Latin/Cyrillic letter: dropped (not indexed either); a query of only such letters is 'too short';
 *  - two or three letters: the term itself plus its most frequent completions (Vocabulary.complete);
 *  - four letters or more: MiniSearch's own prefix search, and fuzzy from five letters
 *    (1 edit, 2 from eight letters) so 'samarcand' still finds Samarkand;
 *  - Han: bigrams match exactly, a single character as a prefix of the bigrams it starts; never fuzzy,
 *    because one changed character is a different word.
 */
import type { Query, SearchOptions } from 'minisearch';
import { isCjkTerm, queryTerms } from './tokenize';
import type { Vocabulary } from './vocabulary';

export const SHORT_PREFIX_COMPLETIONS = 6;
/** Completions count like MiniSearch's prefix matches: well below the word as typed. */
const COMPLETION_WEIGHT = 0.4;

const asIs = (s: string) => [s];

export function planQuery(text: string, vocab: Vocabulary): Query | null {
  const terms = queryTerms(text).filter((t) => t.length > 1 || isCjkTerm(t));
  if (terms.length === 0) return null;
  const queries: Query[] = terms.map((term) => {
    if (isCjkTerm(term)) {
      return { queries: [term], tokenize: asIs, prefix: [...term].length === 1, fuzzy: false };
    }
    if (term.length <= 3) {
      const words = vocab.complete(term, SHORT_PREFIX_COMPLETIONS);
      const options: SearchOptions = {
        tokenize: asIs,
        prefix: false,
        fuzzy: false,
        combineWith: 'OR',
        boostTerm: (t: string) => (t === term ? 1 : COMPLETION_WEIGHT),
      };
      return { ...options, queries: words.length > 0 ? words : [term] };
    }
    return { queries: [term], tokenize: asIs, prefix: true, fuzzy: term.length < 5 ? false : term.length >= 8 ? 2 : 1, maxFuzzy: 2 };
  });
  return { combineWith: 'AND', queries };
}
