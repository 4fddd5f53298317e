/**
 * The reader's language for everything the extension says. Catalogues are data (`locales/*.json`, one per
 * language, the same keys in each); a message is a string with `{name}` placeholders, or a set of plural
 * forms chosen by `Intl.PluralRules` (Russian has one/few/many: 1 событие, 2 события, 5 событий).
 *
 * Not `browser.i18n`: it follows the browser only and cannot switch while a page is open, and the reader
 * can choose the interface language in the settings. The manifest's own strings (name, description, toolbar
 * title, command) are written into `_locales/` from the same catalogues at build time (wxt.config.ts).
 */
import en from '../../locales/en.json';
import zh from '../../locales/zh.json';
import ru from '../../locales/ru.json';

import type { InterfaceLanguage, UiLang } from './ui-lang';

export type { InterfaceLanguage, UiLang } from './ui-lang';
export const UI_LANGS: readonly UiLang[] = ['en', 'zh', 'ru'];

export type MessageKey = keyof typeof en;
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type Catalogue = Record<MessageKey, Message>;
export type Params = Record<string, string | number>;

export const CATALOGUES: Record<UiLang, Catalogue> = { en: en as Catalogue, zh: zh as Catalogue, ru: ru as Catalogue };

/** BCP 47 tags for Intl (dates, numbers, lists) and for `lang` attributes. */
export const LOCALE_TAG: Record<UiLang, string> = { en: 'en', zh: 'zh-CN', ru: 'ru' };

// Which language, without the catalogues: the content script's first-marks path needs only this.
export { browserUiLang, resolveUiLang, uiLangOf } from './ui-lang';
import { resolveUiLang } from './ui-lang';

export interface Translator {
  lang: UiLang;
  locale: string;
  t(key: MessageKey, params?: Params): string;
  /** The message split around one placeholder, for a caller that puts an element there ('Matched “{text}”'). */
  around(key: MessageKey, slot: string, params?: Params): [string, string];
  /** Formats a number in the reader's locale. */
  n(value: number): string;
  /** 'A, B and C' in the reader's language. */
  list(items: string[]): string;
}

function fill(template: string, params: Params | undefined, locale: string): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? new Intl.NumberFormat(locale).format(v) : v;
  });
}

const cache = new Map<UiLang, Translator>();

export function translator(lang: UiLang): Translator {
  const hit = cache.get(lang);
  if (hit) return hit;
  const locale = LOCALE_TAG[lang];
  const catalogue = CATALOGUES[lang];
  // Made on first use: the first Intl object of a fresh renderer loads locale data (8–35 ms measured in a
  // content script's start, where a module-level default translator made them before any mark was drawn).
  let pluralRules: Intl.PluralRules | undefined;
  let listFormat: Intl.ListFormat | undefined;
  const plural = { select: (n: number) => (pluralRules ??= new Intl.PluralRules(locale)).select(n) };
  const t: Translator = {
    lang,
    locale,
    t(key, params) {
      // A key missing in one catalogue falls back to English (a test keeps the catalogues complete).
      const message = catalogue[key] ?? CATALOGUES.en[key] ?? key;
      if (typeof message === 'string') return fill(message, params, locale);
      const count = typeof params?.count === 'number' ? params.count : 0;
      const form = message[plural.select(count)] ?? message.other;
      return fill(form, params, locale);
    },
    around(key, slot, params) {
      const marker = '\u0000';
      const [before = '', after = ''] = t.t(key, { ...params, [slot]: marker }).split(marker);
      return [before, after];
    },
    n: (value) => new Intl.NumberFormat(locale).format(value),
    list: (items) => (listFormat ??= new Intl.ListFormat(locale, { type: 'conjunction' })).format(items),
  };
  cache.set(lang, t);
  return t;
}
