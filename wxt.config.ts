import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { manifestLocaleFiles } from './lib/i18n/manifest-locales';
import { searchIndexAsset } from './scripts/search-index-asset';
import { preloadLazyChunks } from './scripts/preload-lazy-chunks';
import { engineTablesAsset } from './scripts/engine-tables-asset';
import { datasetAsset } from './scripts/dataset-asset';
import { dataset, datasetVersion } from './data/dataset';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: the same modules run in Vitest and in the `lens` CLI.
  imports: false,
  vite: (env) => ({
    // The popup's UI chunks are fetched alongside its small entry chunk, not after it ran.
    plugins: [preact(), preloadLazyChunks(['popup'])],
    // The dataset's hash, computed once here instead of in every woken service worker (data/dataset.ts).
    // Not in dev mode: there the data files change without the config being read again.
    define: env.mode === 'development' ? {} : { __LENS_DATASET_VERSION__: JSON.stringify(datasetVersion(dataset)) },
  }),
  // The manifest's strings come from our catalogues (locales/*.json) through the browser's _locales.
  hooks: {
    'build:publicAssets': (wxt, files) => {
      files.push(...manifestLocaleFiles());
      // The bundled dataset's search index, prebuilt (lib/search/prebuilt-index.ts).
      files.push(searchIndexAsset(wxt.config.wxtDir));
      // The engine's tables for the bundled dataset, prebuilt (lib/background/shipped-tables.ts).
      files.push(engineTablesAsset(wxt.config.wxtDir));
      // The bundled dataset itself, read by the background (lib/background/bundled-dataset.ts).
      files.push(datasetAsset(wxt.config.wxtDir));
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, per-site switches. Nothing else: the content script's matches give page access,
    // activeTab lets the popup read the current tab's address when the toolbar button is clicked.
    permissions: ['storage', 'activeTab'],
    action: { default_title: '__MSG_actionTitle__' },
    // The content script's UI chunk (card, panel, notices), imported by it on first use
    // (entrypoints/content/ui-chunk.ts); a content script's import() needs the file web-accessible.
    web_accessible_resources:
      manifestVersion === 2 ? ['content-ui.js'] : [{ resources: ['content-ui.js'], matches: ['http://*/*', 'https://*/*'] }],
    // Four suggested keys, the most Chrome allows; the reader can rebind each in the browser's shortcut
    // settings. The toolbar popup's command is named by manifest version (MV2 Firefox: browser action).
    // The names and defaults are also read by lib/shortcuts.ts, which shows the reader's actual keys.
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandPanel__',
      },
      // Keyboard path to 'Save quote' (no permission needed); readers can change it in the browser's shortcuts page.
      'save-quote': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandQuote__',
      },
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandPopup__',
      },
      'next-reference': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNext__',
      },
      // No suggested key: Chrome takes at most four. A focused card steps back with k; the reader can bind one.
      'previous-reference': {
        description: '__MSG_commandPrevious__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Firefox needs an id to keep storage across reinstalls; we collect no data at all.
            gecko: {
              id: 'china-russia-lens@lens.invalid',
              // The oldest Firefox the e2e tests run (Debian's oldest ESR): the CSS Custom Highlight API
              // the marks use arrived in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
