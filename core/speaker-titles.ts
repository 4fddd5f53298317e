/**
 * 'Ambassador Zhang Hanhui said …': an office written before a speaker's name tells who speaks,
 * not the event of their appointment. The words per language are data (core/data/speaker-titles.json).
 */
import words from './data/speaker-titles.json';

const TITLES: readonly string[] = [...words.titles.en, ...words.titles.zh, ...words.titles.ru];
const SPEECH: readonly string[] = [...words.speech.en, ...words.speech.zh, ...words.speech.ru];
/** How far after the office its speech word may stand: the name and a short clause between. */
const SPEECH_REACH = 60;

/** The cue's text is an office and someone speaks right after it: the sentence quotes its holder. */
export function isSpeakerTitle(text: string, start: number, end: number): boolean {
  const cue = text.slice(start, end).toLowerCase();
  if (!TITLES.some((t) => cue.startsWith(t))) return false;
  const after = text.slice(end, end + SPEECH_REACH).toLowerCase();
  return SPEECH.some((w) => after.includes(w));
}
