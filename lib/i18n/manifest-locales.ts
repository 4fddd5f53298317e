/**
 * The manifest's own strings (name, description, toolbar title, command) for the browser's `_locales`,
 * written at build time from the same catalogues the interface uses, so the store listing and the toolbar
 * speak the reader's language too.
 */
import { CATALOGUES, type MessageKey, type UiLang } from './i18n';

/** `__MSG_<name>__` in the manifest ↔ catalogue key. */
export const MANIFEST_MESSAGES: Record<string, MessageKey> = {
  extName: 'manifest.name',
  extDescription: 'manifest.description',
  actionTitle: 'manifest.actionTitle',
  commandPanel: 'manifest.commandPanel',
  commandQuote: 'manifest.commandQuote',
};

/** Browser locale folder names: '_locales/zh_CN'. */
const FOLDER: Record<UiLang, string> = { en: 'en', zh: 'zh_CN', ru: 'ru' };

export function manifestLocaleFiles(): { relativeDest: string; contents: string }[] {
  return (Object.keys(FOLDER) as UiLang[]).map((lang) => {
    const messages: Record<string, { message: string }> = {};
    for (const [name, key] of Object.entries(MANIFEST_MESSAGES)) {
      const text = CATALOGUES[lang][key];
      if (typeof text !== 'string') throw new Error(`${lang}: ${key} must be a plain string for the manifest`);
      messages[name] = { message: text };
    }
    return { relativeDest: `_locales/${FOLDER[lang]}/messages.json`, contents: JSON.stringify(messages, null, 2) + '\n' };
  });
}
