/**
 * The in-page UI's code (card, panel, notices, 'Save quote': Preact, the components, the locale catalogues)
 * is a file of its own, `content-ui.js` (built from `entrypoints/content-ui.ts`), loaded on first use with
 * `import()` of its extension URL, which Chrome's MV3 and Firefox's MV2 content scripts both allow for a
 * web-accessible file; it runs in the content script's own world and registers itself on that world's
 * global. The content script that paints the marks stays small: its compile and evaluation come before
 * every page's first marks, the UI's only before a card is first shown.
 */
import { browser } from 'wxt/browser';
import type { renderApp } from './lens-app';
import type { renderQuote } from './quote-ui';

export interface UiChunk {
  renderApp: typeof renderApp;
  renderQuote: typeof renderQuote;
}

/** The chunk's file, relative to the extension's root (listed in the manifest's web_accessible_resources). */
export const UI_CHUNK_FILE = 'content-ui.js';
/** Where the chunk registers itself (the content script's world, not the page's). */
export const UI_CHUNK_GLOBAL = '__crlensUi';

let loading: Promise<UiChunk> | null = null;
let loaded: UiChunk | null = null;

/** The UI chunk, loaded once; a failed load is tried again on the next call. */
export function loadUiChunk(): Promise<UiChunk> {
  loading ??= (async () => {
    const registered = () => (globalThis as Record<string, unknown>)[UI_CHUNK_GLOBAL] as UiChunk | undefined;
    if (!registered()) await import(/* @vite-ignore */ browser.runtime.getURL(`/${UI_CHUNK_FILE}` as '/content-ui.js'));
    const chunk = registered();
    if (!chunk) throw new Error(`${UI_CHUNK_FILE} did not register`);
    loaded = chunk;
    return chunk;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** The chunk if it is loaded already (for taking our UI down without loading it). */
export function loadedUiChunk(): UiChunk | null {
  return loaded;
}
