/** The reader's language in Preact: one provider per UI root (popup, options, our in-page shadow root). */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import type { Lang } from '../../core/types';
import { translator, type Translator, type UiLang } from './i18n';

/** The interface's translator, and the language dataset text (event titles, descriptions) is shown in. */
export interface I18n extends Translator {
  contentLang: Lang;
}

const I18nContext = createContext<I18n>({ ...translator('en'), contentLang: 'en' });

export function I18nProvider({ lang, contentLang, children }: { lang: UiLang; contentLang?: Lang; children: ComponentChildren }) {
  const value = useMemo(() => ({ ...translator(lang), contentLang: contentLang ?? lang }), [lang, contentLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
