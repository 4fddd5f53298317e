/**
 * Which of our languages the interface speaks (the setting, or the browser's UI language), apart from
 * the catalogues in `i18n.ts`: the content script decides this without loading any message text.
 */
export type UiLang = 'en' | 'zh' | 'ru';
/** The setting: follow the browser, or one of our languages. */
export type InterfaceLanguage = 'browser' | UiLang;

/** 'zh-TW', 'zh_CN', 'ru-RU', 'en-GB' … → one of ours; anything else is English. */
export function uiLangOf(tag: string | undefined | null): UiLang {
  const t = (tag ?? '').toLowerCase();
  if (t.startsWith('zh')) return 'zh';
  if (t.startsWith('ru')) return 'ru';
  return 'en';
}

/** The browser's UI language, where the platform tells it. */
export function browserUiLang(): UiLang {
  const g = globalThis as { browser?: { i18n?: { getUILanguage?: () => string } }; navigator?: { language?: string } };
  let tag: string | undefined;
  try {
    tag = g.browser?.i18n?.getUILanguage?.();
  } catch {
    tag = undefined;
  }
  return uiLangOf(tag || g.navigator?.language);
}

export function resolveUiLang(setting: InterfaceLanguage | undefined, browserLang: UiLang = browserUiLang()): UiLang {
  return setting && setting !== 'browser' ? setting : browserLang;
}
