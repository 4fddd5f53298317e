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

/**
 * Traditional → simplified Chinese, one character for one, so '習近平', '哈爾濱' and '俄羅斯'
 * match the simplified aliases. Pairs of (traditional, simplified); only characters whose
 * traditional form is not itself a different simplified character.
 */
const TRADITIONAL =
  '亞亚歷历諾诺謝谢喬乔別别烏乌傑杰魯鲁東东葉叶欽钦鮑鲍鄧邓圖图羅罗爾尔瑪玛內内韋韦納纳軍军馬马韓韩錦锦濤涛華华瑩莹萬万澤泽約约總总統统輝辉強强鵬鹏劍剑陸陆寧宁麗丽奧奥倫伦曉晓蘇苏熱热剛刚蓋盖紹绍濟济孫孙衛卫維维蓮莲連连滬沪長长鳳凤溫温寶宝習习書书記记張张漢汉暉晖儉俭俠侠趙赵樂乐際际堅坚來来鎔镕礎础設设資资銀银經经組组織织磚砖國国電电視视臺台員员會会開开發发責责與与議议學学協协業业團团氣气產产黨党聯联歐欧環环時时報报濱滨傳传訊讯宮宫網网聞闻裝装辦办廳厅聖圣機机義义務务運运輸输憲宪貿贸龍龙極极凱凯蘭兰島岛釣钓魚鱼賓宾館馆區区猶犹薩萨滿满闊阔灣湾邊边紅红場场遠远綏绥幹干門门廣广茲兹參参廈厦後后貝贝號号項项帶带論论壇坛絲丝綢绸橋桥範范覽览關关於于決决鐵铁補补條条諒谅備备錄录戰战夥伙係系繫系聲声續续兩两線线購购銷销當当穩稳煉炼廠厂鄰邻閱阅勝胜為为敵敌幣币結结沒没無无個个則则衝冲爭争動动雙双實实現现惡恶峴岘萊莱順顺錢钱楊杨潔洁陽阳談谈訪访問问請请貫贯計计劃划鄭郑劉刘陳陈黃黄達达歲岁億亿邁迈遼辽鮮鲜導导彈弹艦舰隊队簽签禮礼儀仪專专領领權权體体說说講讲觀观點点舉举屆届';

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
  for (let i = 0; i + 1 < TRADITIONAL.length; i += 2) fold[TRADITIONAL.charCodeAt(i)] = TRADITIONAL.charCodeAt(i + 1);
  flags[0x0130] |= UPPER;
  flags[0x0401] |= UPPER;
  flags[0x1e9e] |= UPPER;
  for (const c of [0x27, 0x2019, 0x02bc]) flags[c] |= APOSTROPHE;
  foldTable = fold;
  flagTable = flags;
}

/** code unit → folded code unit (same length by construction). */
/**
 * Takes tables made by `build` elsewhere (shipped with the engine's tables, made at build time with the
 * automata they go with) instead of building them: 65,536 case and class look-ups a woken worker skips.
 * Ignored once tables exist here, or if they are not the right size.
 */
export function installFoldTables(fold: unknown, flags: unknown): void {
  if (foldTable || flagTable) return;
  if (!(fold instanceof Uint16Array) || fold.length !== 0x10000 || !(flags instanceof Uint8Array) || flags.length !== 0x10000) return;
  foldTable = fold;
  flagTable = flags;
}

export function foldTableOf(): Uint16Array {
  if (!foldTable) build();
  return foldTable!;
}

/** code unit → WORD | UPPER | CYRILLIC | APOSTROPHE bits. */
export function charFlags(): Uint8Array {
  if (!flagTable) build();
  return flagTable!;
}

let preimage: { start: Int32Array; units: Uint16Array } | null = null;

/**
 * Every code unit that folds to f, as units[start[f] .. start[f + 1]): lets a build visit only the
 * units of its patterns' characters instead of all 65,536 (a small automaton is then cheap to build).
 */
export function foldPreimage(): { start: Int32Array; units: Uint16Array } {
  if (preimage) return preimage;
  const fold = foldTableOf();
  const start = new Int32Array(0x10001);
  for (let c = 0; c < 0x10000; c++) start[fold[c] + 1]++;
  for (let f = 0; f < 0x10000; f++) start[f + 1] += start[f];
  const units = new Uint16Array(0x10000);
  const at = start.slice(0, 0x10000);
  for (let c = 0; c < 0x10000; c++) units[at[fold[c]]++] = c;
  preimage = { start, units };
  return preimage;
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
