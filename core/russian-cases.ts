/**
 * Case forms of multi-word Russian names. The matcher already lets the last word of an alias
 * take a case ending ('Путин' → 'Путина'); in a multi-word name the other words change too
 * ('Владимира Путина', 'Шанхайской организации сотрудничества', 'Силы Сибири'). Which words
 * change depends on grammar we do not parse (a genitive complement like 'сотрудничества' never
 * does), so each case yields up to three candidates: every word, all but the last, the first
 * only. Only the four cases that change most names are generated, to keep the automaton small. A candidate that is not Russian simply never occurs in text.
 */

type Row = readonly [nom: string, gen: string, dat: string, acc: string, ins: string, prep: string];

/** Endings by word class, nominative first; the longest matching nominative ending wins. */
const PARADIGMS: readonly Row[] = [
  ['ский', 'ского', 'скому', 'ский', 'ским', 'ском'],
  ['ская', 'ской', 'ской', 'скую', 'ской', 'ской'],
  ['ское', 'ского', 'скому', 'ское', 'ским', 'ском'],
  ['ый', 'ого', 'ому', 'ый', 'ым', 'ом'],
  ['ий', 'его', 'ему', 'ий', 'им', 'ем'],
  ['ой', 'ого', 'ому', 'ой', 'ым', 'ом'],
  ['ая', 'ой', 'ой', 'ую', 'ой', 'ой'],
  ['яя', 'ей', 'ей', 'юю', 'ей', 'ей'],
  ['ое', 'ого', 'ому', 'ое', 'ым', 'ом'],
  ['ия', 'ии', 'ии', 'ию', 'ией', 'ии'],
  ['ие', 'ия', 'ию', 'ие', 'ием', 'ии'],
  ['а', 'ы', 'е', 'у', 'ой', 'е'],
  ['я', 'и', 'е', 'ю', 'ей', 'е'],
  ['о', 'а', 'у', 'о', 'ом', 'е'],
  ['ь', 'я', 'ю', 'ь', 'ем', 'е'],
  ['', 'а', 'у', '', 'ом', 'е'],
];

/** After these letters Russian writes и, not ы ('Москвы' but 'Кремлёвской', 'Лиги'). */
const SOFTENING = /[гкхжшщч]$/;

function inflectWord(word: string, c: number): string {
  if (word.length < 3 || !/^[\u0400-\u04ff]+$/.test(word) || word === word.toUpperCase()) return word;
  const lower = word.toLowerCase();
  for (const row of PARADIGMS) {
    if (!lower.endsWith(row[0])) continue;
    if (row[0] === '' && !/[бвгджзклмнпрстфхцчшщ]$/.test(lower)) return word;
    const stem = word.slice(0, word.length - row[0].length);
    let ending = row[c];
    if (ending.startsWith('ы') && SOFTENING.test(stem.toLowerCase())) ending = 'и' + ending.slice(1);
    return stem + ending;
  }
  return word;
}

/** Other case forms of a multi-word Cyrillic name (the name itself excluded). */
export function russianCaseForms(alias: string): string[] {
  const words = alias.split(' ');
  if (words.length < 2 || words.length > 4 || !/[\u0400-\u04ff]/.test(alias)) return [];
  const out = new Set<string>();
  // Genitive, dative, instrumental, prepositional: the accusative mostly repeats one of them or the name.
  for (const c of [1, 2, 4, 5]) {
    const all = words.map((w) => inflectWord(w, c));
    out.add(all.join(' '));
    if (words.length > 2) out.add([...all.slice(0, -1), words[words.length - 1]].join(' '));
    out.add([all[0], ...words.slice(1)].join(' '));
  }
  out.delete(alias);
  return [...out];
}
