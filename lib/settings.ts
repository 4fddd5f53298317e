/**
 * Reader settings, in extension storage so the content script, popup and options page share them
 * and see changes live. Kept out of IndexedDB on purpose: the content script can read storage directly.
 */
import { storage } from 'wxt/utils/storage';
import type { InterfaceLanguage } from './i18n/i18n';

/**
 * Our own surfaces (card, panel, popup, options). 'auto' is the system's scheme (prefers-color-scheme), followed
 * live; 'page' takes the page's look for the card and panel (the popup and options have no page: system).
 * Marks are not themed by this: they are painted on the page's text and always take a palette that reads on the
 * page's own background (`entrypoints/content/theme-watch.ts`).
 */
export type Theme = 'auto' | 'page' | 'light' | 'dark';
/**
 * How marks look (`entrypoints/content/mark-style.ts`). 'soft' (default): a dotted underline in a warm,
 * non-link hue with a faint tint, so a mark is not taken for a link; 'underline' a solid one; 'tint' a
 * background only; 'hover' nothing until the pointer is on a mark or its card is open.
 */
export type MarkStyle = 'soft' | 'underline' | 'tint' | 'hover';
export const MARK_STYLES: readonly MarkStyle[] = ['soft', 'underline', 'tint', 'hover'];
/**
 * Reference types that get a highlight. 'country' is not a highlight of its own: it decides whether
 * country names (China, Russia, Chinese, Soviet…) are marked as places. They are on nearly every line of
 * the pages we mark, so marking them by default buries the references a reader hovers for.
 */
export type MarkType = 'person' | 'organisation' | 'place' | 'agreement' | 'date' | 'country';

export interface Settings {
  /** Global pause: nothing is scanned or marked anywhere. */
  paused: boolean;
  /** Hostnames where the reader switched the lens off. */
  disabledSites: string[];
  marked: Record<MarkType, boolean>;
  /**
   * Mark references in the whole page once it qualifies, rails and comments included. Off by default:
   * the article body is what the page is about, and names in a 'Most read' rail are other stories'.
   */
  markWholePage: boolean;
  theme: Theme;
  markStyle: MarkStyle;
  /** Mark only the first mention of each name (Wikipedia's convention); the panel still lists every mention. */
  firstMentionOnly: boolean;
  /** The language of menus and messages: the browser's, or one the reader picked. */
  interfaceLanguage: InterfaceLanguage;
  /** On a Chinese or Russian page, show event titles and descriptions in the page's language. */
  contentInPageLanguage: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  disabledSites: [],
  marked: { person: true, organisation: true, place: true, agreement: true, date: true, country: false },
  markWholePage: false,
  theme: 'auto',
  markStyle: 'soft',
  firstMentionOnly: false,
  interfaceLanguage: 'browser',
  contentInPageLanguage: false,
};

const SETTINGS_KEY = 'local:settings';
let item: ReturnType<typeof defineSettingsItem> | undefined;
const defineSettingsItem = () => storage.defineItem<Settings>(SETTINGS_KEY, { fallback: DEFAULT_SETTINGS, version: 1 });

/**
 * The settings' storage item, defined on first use: WXT reads an item's value as soon as it is defined, a
 * storage round trip that every page's content script paid at evaluation, in front of its own read.
 */
export function settingsItem(): ReturnType<typeof defineSettingsItem> {
  return (item ??= defineSettingsItem());
}

/** Fills fields missing from older stored settings, so adding a setting never breaks a reader's copy. */
export function withDefaults(value: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...value,
    marked: { ...DEFAULT_SETTINGS.marked, ...(value?.marked ?? {}) },
    disabledSites: Array.isArray(value?.disabledSites) ? value!.disabledSites : [],
    markStyle: MARK_STYLES.includes(value?.markStyle as MarkStyle) ? value!.markStyle! : DEFAULT_SETTINGS.markStyle,
  };
}

/** One storage read (the item is not defined for it: see `settingsItem`). */
export async function getSettings(): Promise<Settings> {
  return withDefaults(await storage.getItem<Settings>(SETTINGS_KEY));
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await getSettings());
  await settingsItem().setValue(next);
  return next;
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.paused && !settings.disabledSites.includes(hostname);
}

export function toggleSite(settings: Settings, hostname: string): Settings {
  const disabled = settings.disabledSites.includes(hostname)
    ? settings.disabledSites.filter((h) => h !== hostname)
    : [...settings.disabledSites, hostname];
  return { ...settings, disabledSites: disabled };
}

export function watchSettings(callback: (s: Settings) => void): () => void {
  return settingsItem().watch((value) => callback(withDefaults(value)));
}
