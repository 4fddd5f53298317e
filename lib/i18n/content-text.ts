/**
 * Dataset text in the reader's language: event titles and summaries, entity names and descriptions come in
 * English, Chinese and Russian; where a translation is missing (the reader's own events) the English shows,
 * flagged so the UI can mark it quietly.
 */
import type { Entity, Event, Lang } from '../../core/types';
import type { UiLang } from './i18n';

export interface Localized {
  text: string;
  /** The text is English because the item has none in the wanted language. */
  fallback: boolean;
}

/** Which language dataset text appears in: the interface's, or on a Chinese or Russian page (when the
 * reader asks for it) the page's. */
export function contentLang(ui: UiLang, pageLang: Lang | undefined, preferPageLang: boolean): Lang {
  return preferPageLang && (pageLang === 'zh' || pageLang === 'ru') ? pageLang : ui;
}

type EventLike = Pick<Event, 'title'> & Partial<Pick<Event, 'summary' | 'translations'>>;

export function eventTitle(e: EventLike, lang: Lang): Localized {
  if (lang === 'en') return { text: e.title, fallback: false };
  const t = e.translations?.[lang]?.title;
  return t ? { text: t, fallback: false } : { text: e.title, fallback: true };
}

export function eventSummary(e: EventLike, lang: Lang): Localized {
  const en = e.summary ?? '';
  if (lang === 'en') return { text: en, fallback: false };
  const t = e.translations?.[lang]?.summary;
  return t ? { text: t, fallback: false } : { text: en, fallback: true };
}

export function entityName(e: Pick<Entity, 'name' | 'names'>, lang: Lang): string {
  return (lang !== 'en' && e.names?.[lang]) || e.name;
}

/**
 * An entity's names in each language: its `names`, else its first plain alias in that language (every
 * entity has aliases in all three), so a reader never gets the English name where their own exists.
 */
export function namesOf(e: Pick<Entity, 'name' | 'names' | 'aliases'>): NonNullable<Entity['names']> {
  const out: NonNullable<Entity['names']> = { ...e.names };
  for (const lang of ['zh', 'ru'] as const) {
    if (out[lang]) continue;
    const alias = e.aliases.find((a) => a.lang === lang && !a.ambiguous && !a.caseSensitive) ?? e.aliases.find((a) => a.lang === lang && !a.ambiguous);
    if (alias) out[lang] = alias.text;
  }
  return out;
}

export function entityDescription(e: Pick<Entity, 'description' | 'translations'>, lang: Lang): Localized {
  if (lang === 'en') return { text: e.description, fallback: false };
  const t = e.translations?.[lang]?.description;
  return t ? { text: t, fallback: false } : { text: e.description, fallback: true };
}
