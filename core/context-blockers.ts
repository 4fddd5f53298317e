/**
 * Matches that are not mentions because of what stands around them, where a fixed blocker phrase
 * (core/blockers.ts) cannot say it without hiding a real name next to it:
 * - a name inside a web address, hostname or e-mail ('Фото: kremlin.ru', 'china-daily.com.cn') is
 *   a source credit or a link, not the page speaking of the Kremlin;
 * - a bare Chinese ministry word (国防部, 外交部, 商务部, 央行) means China's ministry only when no other
 *   country stands right before it: 叙国防部长 is Syria's defence minister, 美国国防部 the Pentagon.
 *   China (中/中国) and Russia (俄/俄罗斯, own aliases: 俄国防部) are the two that keep their meaning.
 */

/** Web addresses, bare hostnames with a common top-level domain, and e-mail addresses. */
const ADDRESS = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.)[^\s"'<>（）()，。、]+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    // Labels in Latin or Cyrillic letters: a Chinese character before one ends the word (新华网xinhuanet.com).
    String.raw`(?<![\p{sc=Latn}\p{sc=Cyrl}\p{N}.@/-])[\p{sc=Latn}\p{sc=Cyrl}\p{N}-]+(?:\.[\p{sc=Latn}\p{sc=Cyrl}\p{N}-]+)*\.(?:ru|su|рф|cn|com|org|net|gov|edu|int|info|io|news|tv|uk|de|fr|jp|kz|by|ua|hk|tw|mo)(?![\p{sc=Latn}\p{sc=Cyrl}\p{N}])(?:\/[^\s"'<>，。、]*)?`,
  ].join('|'),
  'gu',
);

/** [start, end) spans of the addresses in text, in order. */
export function addressSpans(text: string): [number, number][] {
  if (!/[.@]/.test(text)) return [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(ADDRESS)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Chinese words that name China's own ministry or central bank when written bare. */
const BARE_CHINESE_OFFICES = new Set(['国防部', '國防部', '外交部', '商务部', '商務部', '科技部', '央行']);

/**
 * Other countries as Chinese news writes them right before a ministry: full names and the
 * one-character abbreviations of headlines (叙外长, 美防长). Left out on purpose: 中 and 俄, and
 * characters that are common words before a ministry — 日 (昨日外交部…), 以 (以外交部名义), 加 (参加),
 * 新 (new), 前 (former), 意 (同意), 西, 南, 老, 土, 智.
 */
const OTHER_COUNTRIES_ZH: readonly string[] = [
  // one-character abbreviations
  '美', '英', '法', '德', '韩', '韓', '朝', '印', '巴', '叙', '敘', '乌', '烏', '越', '泰', '澳', '伊', '哈', '吉', '塔', '蒙',
  '菲', '荷', '波', '芬', '瑞', '挪', '希', '埃', '沙', '缅', '緬', '柬', '古', '委', '墨', '白',
  // full names (simplified, and traditional where they differ)
  '美国', '美國', '英国', '英國', '法国', '法國', '德国', '德國', '日本', '韩国', '韓國', '朝鲜', '朝鮮', '印度', '巴基斯坦',
  '叙利亚', '敘利亞', '乌克兰', '烏克蘭', '白俄罗斯', '白俄羅斯', '越南', '泰国', '泰國', '澳大利亚', '澳洲', '加拿大',
  '伊朗', '以色列', '土耳其', '哈萨克斯坦', '哈薩克', '吉尔吉斯斯坦', '塔吉克斯坦', '乌兹别克斯坦', '土库曼斯坦', '蒙古',
  '蒙古国', '菲律宾', '菲律賓', '意大利', '義大利', '荷兰', '荷蘭', '波兰', '波蘭', '芬兰', '芬蘭', '瑞典', '挪威', '希腊',
  '希臘', '埃及', '沙特', '缅甸', '緬甸', '印尼', '印度尼西亚', '巴西', '南非', '新加坡', '阿富汗', '伊拉克', '古巴',
  '委内瑞拉', '墨西哥', '阿根廷', '西班牙', '葡萄牙', '立陶宛', '拉脱维亚', '爱沙尼亚', '格鲁吉亚', '亚美尼亚', '阿塞拜疆',
  '塞尔维亚', '匈牙利', '奥地利', '瑞士', '比利时', '丹麦', '新西兰', '柬埔寨', '老挝', '孟加拉国', '斯里兰卡', '尼泊尔',
  '该国', '該國', '对方', '對方', '北约', '北約', '欧盟', '歐盟',
];

/** True if the match [start, end) of alias text is a bare Chinese ministry that follows another country's name. */
export function isOtherCountrysOffice(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!BARE_CHINESE_OFFICES.has(word)) return false;
  if (followsOtherCountry(text, start)) return true;
  // '叙国防部长…以及…国防部副部长': later in the same sentence the bare word is still that country's ministry.
  const sentenceStart = Math.max(0, start - 120, ...['。', '！', '？', '\n'].map((c) => text.lastIndexOf(c, start - 1) + 1));
  for (let p = text.lastIndexOf(word, start - 1); p >= sentenceStart; p = text.lastIndexOf(word, p - 1)) {
    if (followsOtherCountry(text, p)) return true;
    if (p === 0) break;
  }
  return false;
}

function followsOtherCountry(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 7), start);
  // 中美国防部长会谈 names both ministers: China's stays.
  return OTHER_COUNTRIES_ZH.some((name) => before.endsWith(name) && !before.endsWith(`中${name}`));
}
