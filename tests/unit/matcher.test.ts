import { describe, expect, it } from 'vitest';
import { buildMatcher, type PatternSpec } from '../../core/matcher';
import { foldString } from '../../core/fold';

function spans(specs: PatternSpec[], text: string) {
  return buildMatcher(specs).scan(text).map((m) => [text.slice(m.start, m.end), specs[m.aliasIndex].text]);
}

describe('matcher', () => {
  it('folds case but keeps exact offsets into the original text', () => {
    const text = 'ПУТИН and putin and Putin';
    const found = buildMatcher([{ text: 'Putin' }, { text: 'Путин' }]).scan(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['ПУТИН', 'putin', 'Putin']);
  });

  it('keeps string lengths when folding special letters', () => {
    for (const s of ['İstanbul', 'STRAẞE', 'ß', 'Ёлка', 'ǅ', 'ﬃ', 'Σ']) expect(foldString(s).length).toBe(s.length);
    expect(spans([{ text: 'istanbul' }], 'İSTANBUL')).toEqual([['İSTANBUL', 'istanbul']]);
    expect(spans([{ text: 'Королёв' }], 'Королев и Королёв')).toEqual([['Королев', 'Королёв'], ['Королёв', 'Королёв']]);
  });

  it('requires whole words for Latin and Cyrillic, not for Chinese', () => {
    expect(spans([{ text: 'Xi' }], 'Xia Xi 2Xi Xi2 (Xi)')).toEqual([['Xi', 'Xi'], ['Xi', 'Xi']]);
    expect(spans([{ text: 'Кремль' }], 'Кремльский, Кремль.')).toEqual([['Кремль', 'Кремль']]);
    expect(spans([{ text: '普京' }], '俄罗斯总统普京表示')).toEqual([['普京', '普京']]);
  });

  it('treats apostrophes as joining words except for the possessive', () => {
    expect(spans([{ text: 'Xi' }], "Xi'an Xi’an Xi's Xi’s O'Xi")).toEqual([['Xi', 'Xi'], ['Xi', 'Xi']]);
  });

  it('folds traditional Chinese characters to simplified, one for one', () => {
    expect(spans([{ text: '哈尔滨' }, { text: '习近平' }, { text: '俄罗斯' }], '習近平在哈爾濱會見俄羅斯客人')).toEqual([
      ['習近平', '习近平'], ['哈爾濱', '哈尔滨'], ['俄羅斯', '俄罗斯'],
    ]);
    expect(foldString('中俄關係').length).toBe(4);
  });

  it('folds dashes and typographic apostrophes', () => {
    expect(spans([{ text: 'China-Russia relations' }], 'China–Russia relations')).toEqual([['China–Russia relations', 'China-Russia relations']]);
  });

  it('compares case for caseSensitive patterns', () => {
    const specs = [{ text: 'Xi', caseSensitive: true }, { text: 'China', caseSensitive: true }, { text: 'SCO', caseSensitive: true }];
    expect(spans(specs, 'XI xi Xi china CHINA China sco SCO')).toEqual([['Xi', 'Xi'], ['China', 'China'], ['SCO', 'SCO']]);
  });

  it('is leftmost-longest and non-overlapping', () => {
    const specs = [{ text: 'Xi' }, { text: 'Xi Jinping' }, { text: 'Jinping' }, { text: 'President Xi' }, { text: 'Jinping Road' }];
    expect(spans(specs, 'President Xi Jinping Road')).toEqual([['President Xi', 'President Xi'], ['Jinping Road', 'Jinping Road']]);
    expect(spans(specs, 'Xi Jinping Road')).toEqual([['Xi Jinping', 'Xi Jinping']]);
  });

  it('returns every pattern tied on the chosen span', () => {
    const found = buildMatcher([{ text: 'Xi' }, { text: 'XI' }, { text: 'xi', caseSensitive: true }]).scan('Xi');
    expect(found.map((m) => m.aliasIndex)).toEqual([0, 1]);
  });

  it('matches Russian case endings for inflecting patterns only', () => {
    const specs = [{ text: 'Россия', inflects: true }, { text: 'Путин', inflects: true }, { text: 'Си' }];
    expect(spans(specs, 'России, Россией, Путина, Путиным, путинизм, Сия, Си')).toEqual([
      ['России', 'Россия'], ['Россией', 'Россия'], ['Путина', 'Путин'], ['Путиным', 'Путин'], ['Си', 'Си'],
    ]);
  });

  it('handles patterns in mixed scripts and Chinese with many classes', () => {
    const specs = [{ text: '中俄' }, { text: '中俄关系' }, { text: '俄' }, { text: 'C919' }, { text: '西伯利亚力量' }];
    expect(spans(specs, '中俄关系很好，俄方说C919和西伯利亚力量')).toEqual([
      ['中俄关系', '中俄关系'], ['俄', '俄'], ['C919', 'C919'], ['西伯利亚力量', '西伯利亚力量'],
    ]);
  });

  it('follows failure links across classes (classic Aho-Corasick cases)', () => {
    const specs = ['he', 'she', 'his', 'hers'].map((text) => ({ text }));
    // No word boundaries inside these CJK-free words would allow 'she' in 'ushers', so use spaces.
    expect(spans(specs, 'ushers she hers his')).toEqual([['she', 'she'], ['hers', 'hers'], ['his', 'his']]);
    const cjk = ['中国', '国际', '际会'].map((text) => ({ text }));
    expect(spans(cjk, '中国际会')).toEqual([['中国', '中国'], ['际会', '际会']]);
    expect(spans(cjk, '美国际会')).toEqual([['国际', '国际']]);
  });

  it('ignores empty patterns and empty text', () => {
    expect(buildMatcher([{ text: '' }, { text: 'a' }]).scan('')).toEqual([]);
    expect(spans([{ text: '' }, { text: 'a' }], 'a b')).toEqual([['a', 'a']]);
  });

  it('finishes on 10 MB of one letter and on text made only of aliases', () => {
    const m = buildMatcher([{ text: 'a' }, { text: 'aa' }, { text: 'aaaa' }, { text: 'aaa aaa' }]);
    expect(m.scan('a'.repeat(10_000_000))).toEqual([]);
    const aliases = 'Putin Xi Jinping 普京习近平 ';
    const m2 = buildMatcher([{ text: 'Putin' }, { text: 'Xi' }, { text: 'Xi Jinping' }, { text: '普京' }, { text: '习近平' }]);
    const text = aliases.repeat(40_000);
    expect(m2.scan(text).length).toBe(4 * 40_000);
  });
});
