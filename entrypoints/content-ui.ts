/**
 * The content script's UI chunk (see `entrypoints/content/ui-chunk.ts`): imported by the content script
 * on first use, it hands its drawing functions over through the content script's global. Loaded into a
 * page by anything else it only defines them.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { renderApp } from './content/lens-app';
import { renderQuote } from './content/quote-ui';
import { UI_CHUNK_GLOBAL, type UiChunk } from './content/ui-chunk';

export default defineUnlistedScript(() => {
  const chunk: UiChunk = { renderApp, renderQuote };
  (globalThis as Record<string, unknown>)[UI_CHUNK_GLOBAL] = chunk;
});
