/**
 * Where dates can be. chrono-node runs dozens of regular expressions over whatever it gets,
 * so we hand it only short windows around words that can start or end a date (month and
 * weekday names, 'yesterday', numeric dates, 日/月/周). A megabyte of prose without such
 * words costs one regex pass; a news article costs a few dozen tiny chrono calls.
 */
export type DateLang = 'en' | 'ru' | 'zh';

export interface TextWindow {
  start: number;
  end: number;
  lang: DateLang;
}

const TRIGGERS: Record<DateLang, RegExp> = {
  en: /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|yesterday|today|tomorrow|tonight|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\b|\b\d{4}-\d{2}-\d{2}(?=T)/gi,
  // Applied to each Cyrillic word (see cyrillicWords): a Latin page costs one character-class scan.
  ru: /^(?:январ|феврал|март|апрел|ма[йяюе]$|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред[уыа]$|четверг|пятниц|суббот|воскресень|вчера|сегодня|завтра|позавчера)/i,
  zh: /[0-9０-９一二三四五六七八九十]{1,4}\s*[月日号]|(?:周|星期|礼拜)[一二三四五六日天末]|[昨今明前后]天/g,
};

const CYRILLIC_WORD = /[\u0400-\u04ff]+/g;

/** Characters of context on each side of a trigger: enough for '20-22 March' or 'at the end of December'. */
const REACH = 32;
const MAX_WINDOW = 1200;

export function dateWindows(text: string, maxWindows = 20_000): TextWindow[] {
  const out: TextWindow[] = [];
  for (const lang of ['en', 'ru', 'zh'] as const) {
    const re = lang === 'ru' ? CYRILLIC_WORD : TRIGGERS[lang];
    re.lastIndex = 0;
    let last: TextWindow | undefined;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (lang === 'ru' && !TRIGGERS.ru.test(m[0])) continue;
      const start = snapLeft(text, Math.max(0, m.index - REACH));
      const end = snapRight(text, Math.min(text.length, m.index + m[0].length + REACH));
      // Merge overlapping windows, but keep each short: chrono's refiners grow faster than linearly
      // with the results in one call, and a page of dense dates would otherwise be one window.
      if (last && start <= last.end && end - last.start <= MAX_WINDOW) last.end = Math.max(last.end, end);
      else {
        if (out.length >= maxWindows) break;
        last = { start, end, lang };
        out.push(last);
      }
    }
  }
  return out;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;

/** Move a window edge to a space so no word is cut in half (at most 24 more characters). */
function snapLeft(text: string, i: number): number {
  for (let k = 0; k < 24 && i > 0; k++, i--) if (isSpace(text.charCodeAt(i - 1))) return i;
  return i;
}

function snapRight(text: string, i: number): number {
  for (let k = 0; k < 24 && i < text.length; k++, i++) if (isSpace(text.charCodeAt(i))) return i;
  return i;
}
