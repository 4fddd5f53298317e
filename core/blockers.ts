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
  // 东海 (East China Sea) is a word inside other names: an east coast (东海岸), a county, Japanese
  // places and firms (东海道, 东海村, 东海大学), a fleet, an idiom, and across a word boundary after a
  // region ending in 东 (广东海关 = Guangdong customs, 山东海事局, 华东海洋大学). 远东 (the Far East) is
  // an alias of its own and already wins its span.
  '东海岸', '東海岸', '东海岸线', '東海岸線', '东海县', '東海縣', '东海市', '東海市', '东海村', '東海村', '东海道', '東海道',
  '东海大学', '東海大學', '东海舰队', '東海艦隊', '东海龙王', '東海龍王', '福如东海', '福如東海', '东海证券', '東海證券',
  '东海航空', '東海航空', '东海银行', '東海銀行', '东海林', '東海林',
  '广东海', '廣東海', '山东海', '山東海', '华东海', '華東海', '辽东海', '遼東海', '胶东海', '膠東海', '粤东海', '粵東海',
  '闽东海', '閩東海', '浙东海', '鲁东海', '魯東海', '关东海', '關東海',
  // Moscow's Kitay-gorod district is not China
  'Китай-город', 'Китай-города', 'Китай-городе', 'Китай-городом',
];
