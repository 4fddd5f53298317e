/**
 * The message catalogues (locales/*.json): the same keys in every language, the same placeholders, the plural
 * forms each language needs, every key used by the code and none missing, manifest strings within the
 * stores' limits; and the translator's plural choice, formatting and language resolution.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUES, UI_LANGS, resolveUiLang, translator, uiLangOf, type Message } from '../../lib/i18n/i18n';
import { MANIFEST_MESSAGES, manifestLocaleFiles } from '../../lib/i18n/manifest-locales';

const root = join(__dirname, '..', '..');
const placeholders = (m: Message) => [...new Set((typeof m === 'string' ? [m] : Object.values(m)).flatMap((s) => [...s!.matchAll(/\{(\w+)\}/g)].map((x) => x[1])))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('catalogues', () => {
  const en = CATALOGUES.en;
  const keys = Object.keys(en).sort();

  it('hold the same keys in English, Chinese and Russian', () => {
    for (const lang of UI_LANGS) expect(Object.keys(CATALOGUES[lang]).sort(), lang).toEqual(keys);
  });

  it('use the same placeholders in every language, and no empty message', () => {
    for (const lang of UI_LANGS) {
      for (const key of keys) {
        const m = CATALOGUES[lang][key as keyof typeof en];
        expect(placeholders(m), `${lang} ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
        for (const text of typeof m === 'string' ? [m] : Object.values(m)) expect(text!.trim().length, `${lang} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('give each plural message the forms its language needs', () => {
    const needs = { en: ['one', 'other'], zh: ['other'], ru: ['one', 'few', 'many'] } as const;
    for (const lang of UI_LANGS) {
      for (const key of keys) {
        const m = CATALOGUES[lang][key as keyof typeof en];
        if (typeof m === 'string') continue;
        const counted = placeholders(m).includes('count') && Object.values(m).some((t) => t!.includes('{count}'));
        // A message with a counted noun needs each form; one that only repeats the number may have 'other' alone.
        const distinct = new Set(Object.values(m)).size > 1;
        if (counted && distinct) for (const form of needs[lang]) expect(m[form], `${lang} ${key} lacks '${form}'`).toBeTruthy();
        expect(m.other, `${lang} ${key}`).toBeTruthy();
      }
    }
  });

  it('has no key that the code does not use, and the code uses no key it lacks', () => {
    const code = ['components', 'entrypoints', 'lib', 'data'].flatMap((d) => sourceFiles(join(root, d))).map((f) => readFileSync(f, 'utf8')).join('\n');
    const unused = keys.filter((k) => !code.includes(`'${k}'`));
    expect(unused).toEqual([]);
    // Keys are typed (MessageKey), so the compiler refuses a missing one; this catches any string-built key.
    const used = [...code.matchAll(/\bt\(\s*'([a-z]+\.[\w.-]+)'/g)].map((m) => m[1]);
    expect(used.filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('fits the manifest strings in the stores’ limits (name ≤ 45, description ≤ 132 characters)', () => {
    for (const file of manifestLocaleFiles()) {
      const messages = JSON.parse(file.contents) as Record<string, { message: string }>;
      expect(Object.keys(messages).sort()).toEqual(Object.keys(MANIFEST_MESSAGES).sort());
      expect(messages.extName!.message.length, file.relativeDest).toBeLessThanOrEqual(45);
      expect(messages.extDescription!.message.length, file.relativeDest).toBeLessThanOrEqual(132);
    }
    expect(manifestLocaleFiles().map((f) => f.relativeDest).sort()).toEqual(['_locales/en/messages.json', '_locales/ru/messages.json', '_locales/zh_CN/messages.json']);
  });
});

describe('translator', () => {
  it('picks plural forms by each language’s rules', () => {
    const ru = translator('ru');
    expect([1, 2, 5, 21, 22, 25, 11].map((count) => ru.t('search.count', { count }))).toEqual([
      '1 событие', '2 события', '5 событий', '21 событие', '22 события', '25 событий', '11 событий',
    ]);
    expect(translator('en').t('search.count', { count: 1 })).toBe('1 event');
    expect(translator('en').t('search.count', { count: 1156 })).toBe('1,156 events');
    expect(translator('zh').t('search.count', { count: 3 })).toBe('3 个事件');
  });

  it('resolves the interface language from the setting or the browser', () => {
    expect(uiLangOf('zh-TW')).toBe('zh');
    expect(uiLangOf('ru-RU')).toBe('ru');
    expect(uiLangOf('de-DE')).toBe('en');
    expect(resolveUiLang('browser', 'ru')).toBe('ru');
    expect(resolveUiLang('zh', 'ru')).toBe('zh');
  });

  it('splits a message around a slot for an element', () => {
    expect(translator('ru').around('card.matched', 'text')).toEqual(['Найдено: «', '»']);
  });
});
