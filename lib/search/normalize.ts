/**
 * Folding shared by indexing, querying and highlighting, so the three always agree on what a word is.
 * Lowercase, ё→е, Latin diacritics dropped (Cyrillic й and CJK untouched), then a light suffix strip.
 */

const LATIN_WITH_MARKS = /([a-z])[\u0300-\u036f]+/g;

export function fold(word: string): string {
  let w = word.toLowerCase().replace(/ё/g, 'е');
  if (/[^\u0000-\u007f]/.test(w) && /[a-z]/.test(w)) w = w.normalize('NFD').replace(LATIN_WITH_MARKS, '$1').normalize('NFC');
  return w;
}

// Longest first: the first ending that fits wins.
const RU_ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'иях', 'иям',
  'ай', 'ой', 'ей', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ый', 'ий', 'ым', 'им',
  'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь', 'й',
];

/**
 * Russian words inflect at the end ('Путин', 'Путина', 'Путиным'): strip one ending so they share a stem.
 * Not a real stemmer: it only has to map inflections of the same name to one key, on both sides.
 */
export function stemRu(w: string): string {
  if (w.length < 4) return w;
  for (const end of RU_ENDINGS) {
    if (w.endsWith(end) && w.length - end.length >= 3) {
      const stem = w.slice(0, -end.length);
      // 'Китаем' → 'кита' → 'кит', so it meets 'Китая' and 'Китай'.
      return /[аеиоуыэюяйь]$/.test(stem) && stem.length > 3 ? stem.slice(0, -1) : stem;
    }
  }
  return w;
}

/** English plurals and possessives only ('visits' → 'visit'); short words and acronyms stay whole. */
export function stemEn(w: string): string {
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

const CYRILLIC = /[\u0400-\u04ff]/;

const keys = new Map<string, string>();

/** The index key of one already-split word. Memoised: a corpus repeats its words endlessly. */
export function termKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    const w = fold(word);
    key = CYRILLIC.test(w) ? stemRu(w) : stemEn(w);
    if (keys.size > 200_000) keys.clear();
    keys.set(word, key);
  }
  return key;
}
