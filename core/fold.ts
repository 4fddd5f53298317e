/**
 * Per-code-unit folding and character classes. Every fold maps one UTF-16 code unit to one
 * code unit, so a match in folded space has exactly the offsets of the original text.
 * Tables are built once, lazily, and shared by every automaton.
 */

let foldTable: Uint16Array | null = null;
let flagTable: Uint8Array | null = null;

/** Flag bits in `charFlags()`. */
export const WORD = 1; // letter/digit/mark outside CJK: blocks a Latin/Cyrillic match at its edge
export const UPPER = 2; // changes under lower-casing: what a caseSensitive alias compares
export const CYRILLIC = 4; // Cyrillic letter: may carry an inflectional ending
export const APOSTROPHE = 8; // ' ’ ʼ: "Xi'an" is one word, "Xi's" is a possessive

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;

/** Typographic variants writers use interchangeably, folded to one form. */
const PUNCT_FOLDS: Record<number, number> = {
  0x2010: 0x2d, 0x2011: 0x2d, 0x2012: 0x2d, 0x2013: 0x2d, 0x2014: 0x2d, 0x2212: 0x2d, // dashes → '-'
  0x2019: 0x27, 0x2018: 0x27, 0x02bc: 0x27, 0x0060: 0x27, 0x00b4: 0x27, // apostrophes → "'"
  0x00a0: 0x20, 0x2009: 0x20, 0x202f: 0x20, 0x2002: 0x20, 0x2003: 0x20, // spaces → ' '
  0x0451: 0x0435, 0x0401: 0x0435, // ё/Ё → е: Russian text writes either
  0x0130: 0x69, // Turkish İ: its lower case is two code units, so fold to plain i
  0x0131: 0x69, // dotless ı: treat as i, writers confuse them in transliterations
  0x1e9e: 0xdf, // capital ẞ → ß (ß itself stays: 'ss' would change the length)
};

function build(): void {
  const fold = new Uint16Array(0x10000);
  const flags = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    fold[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates: neither word nor foldable
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    if (lower.length === 1 && lower !== ch) {
      fold[c] = lower.charCodeAt(0);
      flags[c] |= UPPER;
    }
    if (LETTER_OR_DIGIT.test(ch) && !CJK.test(ch)) flags[c] |= WORD;
    if (c >= 0x0400 && c <= 0x04ff && LETTER_OR_DIGIT.test(ch)) flags[c] |= CYRILLIC;
  }
  for (const [from, to] of Object.entries(PUNCT_FOLDS)) {
    const c = Number(from);
    fold[c] = fold[to];
  }
  flags[0x0130] |= UPPER;
  flags[0x0401] |= UPPER;
  flags[0x1e9e] |= UPPER;
  for (const c of [0x27, 0x2019, 0x02bc]) flags[c] |= APOSTROPHE;
  foldTable = fold;
  flagTable = flags;
}

/** code unit → folded code unit (same length by construction). */
export function foldTableOf(): Uint16Array {
  if (!foldTable) build();
  return foldTable!;
}

/** code unit → WORD | UPPER | CYRILLIC | APOSTROPHE bits. */
export function charFlags(): Uint8Array {
  if (!flagTable) build();
  return flagTable!;
}

export function foldString(s: string): string {
  const fold = foldTableOf();
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(fold[s.charCodeAt(i)]);
  return out;
}

export function isCjkUnit(c: number): boolean {
  return c >= 0x2e80 && c <= 0xffff && !(c >= 0xd800 && c <= 0xdfff) && CJK.test(String.fromCharCode(c));
}
