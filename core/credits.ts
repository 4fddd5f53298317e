/**
 * Datelines and credits: 'BEIJING, Sept. 2 (Xinhua) --', 'МОСКВА, 2 сентября. /ТАСС/.',
 * 'ПЕКИН, 2 сен — РИА Новости.', '新华社北京9月2日电', 'Photo: TASS'. A name there says who
 * wrote or photographed the story, not what it is about: it is no evidence for an event that
 * involves that outlet (an agreement between TASS and Xinhua). The marks still show it.
 */
import type { Reference } from './types';

/** The name alone in brackets or slashes: '(Xinhua)', '/ТАСС/', '/Корр. ТАСС/', '（新华社）'. */
const BRACKET_BEFORE = /[(/（]\s*(?:(?:корр\.|корреспондент|special correspondent|reporting by)\s*)?$/iu;
const BRACKET_AFTER = /^\s*[)/）]/u;
/** A line that opens with the name and a closing bracket: a credit whose '(' was cut off ('Xinhua) 17:30'). */
const LINE_START = /(?:^|\n)\s*$/u;
/** A credit label before the name on its line: 'Photo: TASS', 'Фото: ТАСС', '图片来源：新华社'. */
const LABEL_BEFORE = /(?:photo|photos|source|credit|image|фото|источник|图|图片|来源|图片来源|摄影)\s*(?:by\s*)?[:：/]\s*(?:[^\n:：]{0,40}[,/]\s*)?$/iu;
/** A dateline before the name: a capitalised place, a date and a dash ('ПЕКИН, 2 сен —', 'BEIJING, Sept. 2 --'). */
const DATELINE_BEFORE = /(?:^|\n)\s*[\p{Lu}][\p{Lu}\p{Ll} .-]{1,30},\s*[^\n]{1,25}?(?:--|[—–-])\s*$/u;
/** A Chinese agency dateline after the name: '新华社北京9月2日电', '新华社莫斯科2日电'. */
const ZH_DATELINE_AFTER = /^[^\n。，,]{0,12}?\d{1,2}(?:月\d{1,2})?日电/u;

/** Whether the reference at [start, end) of `text` stands in a dateline or a credit. */
export function inCredit(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 24);
  if (BRACKET_BEFORE.test(before) && BRACKET_AFTER.test(after)) return true;
  if (LINE_START.test(before) && /^\)/.test(after)) return true;
  if (LABEL_BEFORE.test(before)) return true;
  if (DATELINE_BEFORE.test(before)) return true;
  return ZH_DATELINE_AFTER.test(after);
}

/** Flags the references that stand in a dateline or credit (in place; returns the same array). */
export function markCredits(text: string, refs: Reference[]): Reference[] {
  for (const r of refs) if (inCredit(text, r.start, r.end)) r.credit = true;
  return refs;
}

/** `text` with the credits' names blanked out (same length, so offsets hold); `text` itself when there are none. */
export function maskCredits(text: string, refs: readonly Reference[]): string {
  const credits = refs.filter((r) => r.credit);
  if (!credits.length) return text;
  let out = '';
  let from = 0;
  for (const r of [...credits].sort((a, b) => a.start - b.start)) {
    if (r.start < from) continue;
    out += text.slice(from, r.start) + ' '.repeat(r.end - r.start);
    from = r.end;
  }
  return out + text.slice(from);
}
