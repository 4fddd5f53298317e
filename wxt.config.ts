import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: the same modules run in Vitest and in the `lens` CLI.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'China–Russia Lens',
    description: 'Marks China–Russia references on news pages and shows their context from a local, offline dataset.',
    // storage: settings, per-site switches. Nothing else: the content script's matches give page access,
    // activeTab lets the popup read the current tab's address when the toolbar button is clicked.
    permissions: ['storage', 'activeTab'],
    action: { default_title: 'China–Russia Lens' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show the list of China–Russia references on this page',
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
