/**
 * How a term is spelled inside MiniSearch's radix tree. MiniSearch finds a node's child by walking the
 * node's children one by one, and Han terms start with hundreds of different characters (687 at the
 * root for our entity names), so every insert and lookup walked hundreds of keys. Spelling each Han
 * (or kana, hangul) character as three private-use characters of 6+5+5 bits keeps every node's fan-out
 * small; loading the stored entity index got ~3× faster. The spelling keeps prefixes (a character's
 * code is a prefix of its bigrams' codes), so single-character prefix search still works.
 * Terms never contain private-use characters themselves (the tokenizer keeps letters, marks and digits).
 */
const HAN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const HAN_G = new RegExp(HAN.source, 'g');
const CODED = /[\ue000-\ue03f][\ue040-\ue05f][\ue060-\ue07f]/g;

const encodeChar = (c: string) => {
  const x = c.charCodeAt(0);
  return String.fromCharCode(0xe000 + (x >> 10), 0xe040 + ((x >> 5) & 31), 0xe060 + (x & 31));
};

const decodeTriple = (s: string) =>
  String.fromCharCode(((s.charCodeAt(0) - 0xe000) << 10) | ((s.charCodeAt(1) - 0xe040) << 5) | (s.charCodeAt(2) - 0xe060));

export function toIndexKey(term: string): string {
  return HAN.test(term) ? term.replace(HAN_G, encodeChar) : term;
}

export function fromIndexKey(key: string): string {
  return key.charCodeAt(0) >= 0xe000 || /[\ue000-\ue03f]/.test(key) ? key.replace(CODED, decodeTriple) : key;
}
