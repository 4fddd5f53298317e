/**
 * Russian nouns and adjectives change their endings with grammatical case ('Путин', 'Путина',
 * 'Путиным'; 'Россия', 'России'). Rather than list every form as an alias, an inflecting alias is
 * matched as its stem followed by one of the common case endings, then a word boundary.
 */
import { CYRILLIC } from './fold';

const ENDINGS = new Set([
  '', 'а', 'я', 'о', 'е', 'у', 'ю', 'ы', 'и', 'й', 'ь',
  'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ам', 'ям', 'ах', 'ях', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее',
  'ие', 'ые', 'ий', 'ый', 'ых', 'их', 'ов', 'ев', 'ью', 'ою', 'ею',
  'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ами', 'ями',
]);
const ADJECTIVE = /(?:ий|ый|ой|ая|яя|ое|ее|ие|ые)$/i;
const VOWEL_OR_SOFT = /[аяоеёуюыийь]$/i;

/** Whether an alias should match with case endings: a Cyrillic last word long enough to stem safely. */
export function shouldInflect(alias: string): boolean {
  const last = alias.split(/[\s-]+/).pop() ?? '';
  return last.length >= 4 && /^[\u0400-\u04ff]+$/.test(last);
}

/** The part of the alias every case form shares (a prefix of the alias, same letters and case). */
export function inflectionStem(alias: string): string {
  if (ADJECTIVE.test(alias)) return alias.slice(0, -2);
  if (VOWEL_OR_SOFT.test(alias)) return alias.slice(0, -1);
  return alias;
}

/**
 * Given the end of a stem match, the end of the whole word if what follows is a known ending
 * (possibly empty), else -1. Uses folded units so 'ё' and capitals behave.
 */
export function inflectionEnd(text: string, end: number, fold: Uint16Array, flags: Uint8Array): number {
  let j = end;
  while (j < text.length && j - end < 4 && flags[text.charCodeAt(j)] & CYRILLIC) j++;
  if (j - end > 3) return -1;
  let ending = '';
  for (let k = end; k < j; k++) ending += String.fromCharCode(fold[text.charCodeAt(k)]);
  return ENDINGS.has(ending) ? j : -1;
}
