/**
 * Phrases that contain an alias but mean something else. They take part in leftmost-longest
 * selection like any alias, so they win the span and hide the shorter alias inside; then
 * they produce no reference.
 */
export const BLOCKERS: readonly string[] = [
  // porcelain
  'bone china', 'fine china', 'china clay', 'china cabinet', 'china cabinets', 'china shop', 'china plate', 'china plates',
  'china doll', 'china dolls', 'china set', 'china tea set', 'china pattern', 'wedding china', 'porcelain china',
  // not the Shanghai Cooperation Organisation
  'SCO Group', 'The SCO Group', 'SCO Unix', 'SCO OpenServer',
  // Xi'an the city (apostrophe variants fold to one)
  "Xi'an", 'Xian',
  // idioms and brands
  'Russian roulette', 'Russian dressing', 'Russian doll', 'Russian dolls', 'Russian Blue', 'White Russian', 'Black Russian',
  'Russian River', 'Russian Tea Room', 'Chinese checkers', 'Chinese whispers', 'Chinese wall', 'Chinese lantern',
  'Chinese lanterns', 'Chinese Taipei', 'Chinatown',
  // Chinese names that hold a one-character abbreviation of the other country: Chinese has no word
  // boundaries, so '俄' (Russia) would match inside Belarus, Ohio, Oregon, Oklahoma and Oedipus.
  '白俄罗斯', '白俄羅斯', '白俄', '俄亥俄', '俄亥俄州', '俄勒冈', '俄勒岡', '俄勒冈州', '俄克拉何马', '俄克拉荷马', '俄克拉荷馬',
  '俄狄浦斯', '俄顷', '俄頃',
  // Shanghai Mental Health Center: '上海精神' inside it is not the SCO's 'Shanghai spirit'
  '上海精神卫生中心',
  // Moscow's Kitay-gorod district is not China
  'Китай-город', 'Китай-города', 'Китай-городе', 'Китай-городом',
];
