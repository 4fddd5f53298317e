/**
 * Cues: phrases that say what kind of event a text is about ('by video link' → a call, 'state
 * visit', 'joint exercise'), and the dataset events' own key phrases ('without limits', 'Power
 * of Siberia 2'), found in one pass of the same automaton the entity matcher uses.
 */
import type { Cue, Entity, Event, EventKind } from './types';
import { buildMatcher, restoreMatcher, type Matcher, type PatternSpec } from './matcher';
import type { MatcherSnapshot } from './matcher-snapshot';
import { shouldInflect } from './inflection';
import { sentenceAround, type EventWords } from './dates/event-words';
import { moneyForms } from './money-forms';

type KindPhrases = Partial<Record<EventKind, string[]>>;

const EN: KindPhrases = {
  call: ['video link', 'video call', 'video conference', 'videoconference', 'video meeting', 'video talks', 'virtual meeting', 'virtual summit', 'virtual talks', 'online meeting', 'online talks', 'phone call', 'phone conversation', 'phone talks', 'telephone call', 'telephone conversation', 'telephone talks', 'spoke by phone', 'spoke on the phone', 'talked by phone', 'held talks by phone', 'by phone', 'by telephone', 'video conference call'],
  'state-visit': ['state visit', 'state visits', 'official visit', 'two-day visit', 'three-day visit', 'two-day state visit', 'three-day state visit', 'visit to China', 'visit to Russia', 'visit to Moscow', 'visit to Beijing', 'trip to China', 'trip to Russia', 'trip to Moscow', 'trip to Beijing', 'arrived in Beijing', 'arrived in Moscow', 'arrival in Beijing', 'arrival in Moscow', 'arrives in Beijing', 'arrives in Moscow', 'visited Beijing', 'visited Moscow'],
  meeting: ['met', 'meet', 'meeting', 'meetings', 'talks', 'held talks', 'face-to-face', 'face to face', 'in person', 'sidelines', 'on the sidelines', 'bilateral meeting'],
  summit: ['summit', 'summits', 'forum'],
  treaty: ['treaty'],
  agreement: ['signed', 'agreement', 'agreements', 'deal', 'deals', 'contract', 'memorandum'],
  statement: ['joint statement', 'joint declaration', 'position paper', 'declared', 'declaration', 'statement', 'proposal', 'proposed', 'peace plan', 'plan to resolve', 'position on'],
  diplomacy: ['diplomatic relations', 'diplomatic ties', 'established relations', 'ambassador'],
  conflict: ['conflict', 'clash', 'clashes', 'border clash', 'border clashes', 'border conflict', 'armed clash', 'Sino-Soviet split'],
  border: ['border agreement', 'border demarcation', 'boundary agreement', 'border treaty'],
  exercise: ['joint exercise', 'joint exercises', 'military exercise', 'military exercises', 'naval exercise', 'naval exercises', 'joint drills', 'military drills', 'war games', 'joint patrol', 'joint patrols', 'joint air patrol', 'joint naval patrol'],
  energy: ['pipeline', 'gas pipeline', 'oil pipeline', 'natural gas', 'LNG', 'nuclear power plant', 'nuclear reactor', 'nuclear reactors', 'reactors', 'power units', 'crude oil'],
  trade: ['bilateral trade', 'trade turnover', 'trade volume', 'expo', 'exports', 'imports'],
  finance: ['yuan', 'ruble', 'rouble', 'currency swap', 'national currencies', 'payment system'],
  space: ['lunar', 'lunar station', 'lunar research station', 'moon', 'space station', 'deep space', 'satellite navigation'],
  culture: ['Years of Culture', 'Year of Culture', 'cultural exchange', 'cross years', 'Year of Tourism', 'Years of Youth'],
  infrastructure: ['bridge', 'railway bridge', 'road bridge', 'border crossing', 'checkpoint', 'railway'],
};

const RU: KindPhrases = {
  call: ['по видеосвязи', 'видеосвязь', 'видеоконференция', 'видеоконференции', 'в режиме видеоконференции', 'телефонный разговор', 'телефонного разговора', 'телефонном разговоре', 'телефонные переговоры', 'телефонных переговоров', 'по телефону', 'созвонились', 'видеобеседа', 'видеобеседы', 'видеобеседе', 'видеобеседу', 'видеовстреча', 'видеовстречи', 'телемост', 'телемоста', 'в режиме телемоста'],
  'state-visit': ['государственный визит', 'государственным визитом', 'государственного визита', 'госвизит', 'официальный визит', 'официального визита', 'визит', 'визита', 'визитом'],
  meeting: ['встреча', 'встречи', 'встретились', 'переговоры', 'переговоров', 'на полях'],
  summit: ['саммит', 'саммита', 'форум'],
  treaty: ['договор'],
  agreement: ['подписали', 'подписан', 'соглашение', 'соглашения', 'соглашений', 'контракт', 'меморандум'],
  statement: ['мирный план', 'позиция Китая', 'совместное заявление', 'совместного заявления', 'совместная декларация', 'совместной декларации'],
  diplomacy: ['дипломатических отношений', 'дипломатические отношения', 'посол'],
  conflict: ['конфликт', 'столкновения', 'пограничный конфликт', 'пограничного конфликта', 'вооруженный конфликт', 'Даманский'],
  border: ['пограничное соглашение', 'демаркация границы', 'демаркации границы'],
  exercise: ['учения', 'учений', 'совместные учения', 'совместных учений', 'военные учения', 'патрулирование', 'совместное патрулирование'],
  energy: ['газопровод', 'нефтепровод', 'АЭС', 'атомной электростанции', 'энергоблок', 'энергоблоков', 'СПГ'],
  trade: ['товарооборот', 'ЭКСПО', 'ярмарка', 'экспорт', 'импорт'],
  finance: ['юань', 'юанях', 'рубль', 'рублях', 'национальных валютах', 'валютный своп'],
  space: ['Луна', 'Луны', 'лунной станции', 'лунной', 'космос', 'космической'],
  culture: ['Годы культуры', 'Год культуры', 'перекрестные годы'],
  infrastructure: ['мост', 'железнодорожный мост', 'пункт пропуска'],
};

const ZH: KindPhrases = {
  call: ['视频会晤', '视频通话', '视频连线', '视频会议', '通电话', '通话'],
  // 访华/访俄 ('visit to China/Russia') is how headlines write a state visit; 访苏 in the Soviet era.
  'state-visit': ['国事访问', '正式访问', '访问', '國事訪問', '正式訪問', '訪問', '访华', '訪華', '访俄', '訪俄', '访苏', '訪蘇', '出访', '出訪'],
  meeting: ['会晤', '会见', '会谈', '见面'],
  summit: ['峰会', '论坛'],
  treaty: ['条约'],
  agreement: ['签署', '协定', '协议', '合同', '备忘录'],
  statement: ['联合声明', '声明', '立场文件', '和平计划'],
  diplomacy: ['建交', '外交关系', '大使'],
  conflict: ['冲突', '边界冲突', '珍宝岛', '武装冲突'],
  border: ['边界协定', '勘界', '国界'],
  exercise: ['联合演习', '联合军演', '军事演习', '演习', '联合巡航', '联合巡逻', '联合海上'],
  energy: ['管道', '天然气', '输气', '原油', '核电', '核电站', '液化天然气'],
  trade: ['贸易', '博览会', '贸易额'],
  finance: ['人民币', '卢布', '本币', '货币互换'],
  space: ['月球', '月球科研站', '航天', '卫星导航'],
  culture: ['文化年', '旅游年', '青年友好交流年'],
  infrastructure: ['大桥', '铁路桥', '口岸'],
};

interface Target {
  kinds: EventKind[];
  events: string[];
}

export interface CueFinder {
  find(text: string): Cue[];
  snapshot(): MatcherSnapshot;
  readonly restored: boolean;
  /** The automaton and what each pattern names, as plain data: `restoreCueFinder` takes it back as it is. */
  tables(): CueTables;
}

/** A cue finder as plain data (built at build time for the bundled events and shipped). */
export interface CueTables {
  matcher: MatcherSnapshot;
  /** Per pattern: the kinds it names and the events whose keyword or own text it is. */
  targets: Target[];
}

/**
 * `stored`: a snapshot of an earlier cue automaton. The patterns include the events' keywords
 * (a reader's own events add theirs), so it is used only if made from exactly these patterns.
 */
export function createCueFinder(events: readonly Event[] = [], entities: readonly Entity[] = [], stored?: unknown): CueFinder {
  const specs: PatternSpec[] = [];
  const targets: Target[] = [];
  const index = new Map<string, number>();
  const add = (text: string, kinds: EventKind[], eventIds: string[]) => {
    const t = text.trim();
    if (t.length < 2) return;
    const key = t.toLowerCase();
    let i = index.get(key);
    if (i === undefined) {
      i = specs.length;
      index.set(key, i);
      specs.push({ text: t, inflects: shouldInflect(t), caseSensitive: /^[A-Z]{2,4}$/.test(t) });
      targets.push({ kinds: [], events: [] });
    }
    for (const k of kinds) if (!targets[i].kinds.includes(k)) targets[i].kinds.push(k);
    for (const e of eventIds) if (!targets[i].events.includes(e)) targets[i].events.push(e);
  };
  for (const table of [EN, RU, ZH]) {
    for (const [kind, phrases] of Object.entries(table) as [EventKind, string[]][]) for (const p of phrases) add(p, [kind], []);
  }
  // A keyword that is also a kind phrase ('state visit') says what happened, not which event;
  // one that is an entity's name ('Great Hall of the People') is already counted as that entity.
  const taken = new Set(index.keys());
  for (const en of entities) for (const a of en.aliases) taken.add(a.text.trim().toLowerCase());
  for (const e of events) {
    for (const keyword of e.keywords ?? []) {
      // A dollar sum is found in whichever language the page writes it ('$100 billion', '$100 млрд', '1000亿美元').
      const forms = moneyForms(keyword);
      for (const k of forms.length ? forms : [keyword]) {
        const key = k.trim().toLowerCase();
        if (key.length >= 2 && !taken.has(key)) add(k, [], [e.id]);
      }
    }
  }
  const matcher = buildMatcher(specs, stored);
  // A phrase names every event whose own text uses it: 'strategic partnership' names dozens, so it
  // weighs little. One scan of each event's title and summary with the same automaton finds them.
  const isKeyword = targets.map((t) => t.events.length > 0);
  for (const e of events) {
    for (const m of matcher.scan(`${e.title}\n${e.summary}`)) {
      if (isKeyword[m.aliasIndex] && !targets[m.aliasIndex].events.includes(e.id)) targets[m.aliasIndex].events.push(e.id);
    }
  }

  return finderOver(matcher, targets);
}

/** A cue finder from `tables()` of another, for exactly the events it was made from; undefined if malformed. */
export function restoreCueFinder(tables: CueTables | undefined): CueFinder | undefined {
  if (!tables || typeof tables !== 'object' || !Array.isArray(tables.targets)) return undefined;
  const matcher = restoreMatcher(tables.matcher);
  if (!matcher || tables.targets.length !== matcher.patternCount) return undefined;
  const strings = (x: unknown) => Array.isArray(x) && x.every((y) => typeof y === 'string');
  if (!tables.targets.every((t) => t && strings(t.kinds) && strings(t.events))) return undefined;
  return finderOver(matcher, tables.targets);
}

function finderOver(matcher: Matcher, targets: Target[]): CueFinder {
  return {
    snapshot: () => matcher.snapshot(),
    restored: matcher.restored,
    tables: () => ({ matcher: matcher.snapshot(), targets: targets.map((t) => ({ kinds: [...t.kinds], events: [...t.events] })) }),
    find(text) {
      const out: Cue[] = [];
      let last: Cue | undefined;
      for (const m of matcher.scan(text)) {
        // '1000亿美元' inside '21000亿美元' (Chinese has no word boundaries): part of a bigger number.
        if (/[0-9]/.test(text.charAt(m.start)) && /[0-9.,]/.test(text.charAt(m.start - 1))) continue;
        const t = targets[m.aliasIndex];
        // Several patterns can tie on one span; merge them into one cue.
        if (last && last.start === m.start && last.end === m.end) {
          for (const k of t.kinds) if (!last.kinds.includes(k)) last.kinds.push(k);
          if (t.events.length) last.events = [...new Set([...(last.events ?? []), ...t.events])];
          continue;
        }
        last = { text: text.slice(m.start, m.end), start: m.start, end: m.end, kinds: [...t.kinds] };
        if (t.events.length) last.events = [...t.events];
        out.push(last);
      }
      return out;
    },
  };
}

/**
 * A kind cue whose sentence closely paraphrases one event of that kind ('a plan to resolve the
 * Ukraine conflict, … a ceasefire, … Cold War mentality') names that event, even undated.
 * Several cues share a sentence: each sentence is described once per set of kinds.
 */
export function describeByWords(cues: Cue[], text: string, words: EventWords): void {
  const described = new Map<string, { id: string; strength: number } | undefined>();
  for (const c of cues) {
    if (c.kinds.length === 0 || c.events) continue;
    const sentence = sentenceAround(text, c.start, c.end);
    const key = `${c.kinds.join()}\u0000${sentence}`;
    if (!described.has(key)) described.set(key, words.describedOfKinds(c.kinds, sentence));
    const match = described.get(key);
    if (match) {
      c.events = [match.id];
      c.strength = match.strength;
    }
  }
}
