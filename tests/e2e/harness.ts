/**
 * End-to-end harness: Debian's Chromium driven by playwright-core with the built extension loaded,
 * plus a fixture server on 127.0.0.1. Never downloads a browser.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';

/** LENS_EXTENSION_DIR: another build (the benches compare an older build in the same run). */
export const extensionDir = process.env.LENS_EXTENSION_DIR ?? resolve(process.cwd(), '.output', 'chrome-mv3');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LensBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  server: FixtureServer;
  /** Every request URL the browser made that left 127.0.0.1 and the extension. */
  externalRequests(): string[];
  popupUrl(query?: string): string;
  /** Open a page and wait until the content script has finished its first pass (see waitForLens). */
  openPage(url: string): Promise<Page>;
  close(): Promise<void>;
}

const LOCAL = /^(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:|chrome:|devtools:)/;

/** `lang`: the browser's UI language (Chromium's --lang), e.g. 'zh-CN' or 'ru'. */
export async function launchLens(options: { lang?: string } = {}): Promise<LensBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run 'npx wxt build' first (npm test does).`);
  }
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: apt-get install chromium (see .ci/run).`);
  const server = await startFixtureServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'crlens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-gpu',
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    server,
    externalRequests: () => requests.filter((u) => !LOCAL.test(u)),
    popupUrl: (query = '') => `chrome-extension://${extensionId}/popup.html${query}`,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens popup.html as a tab for the page opened just before (`?tab=<id>`). Without the 'tabs' permission the
 * extension cannot see tab URLs: the page is the newest other tab. Asked from an extension page, not the
 * service worker, which Chrome may have stopped in the meantime.
 */
export async function openPopupFor(lens: LensBrowser): Promise<Page> {
  const popup = await lens.context.newPage();
  await popup.goto(lens.popupUrl());
  const tabId = await popup.evaluate(async () => {
    const me = await chrome.tabs.getCurrent();
    const tabs = await chrome.tabs.query({});
    return Math.max(...tabs.filter((t) => t.id !== me?.id).map((t) => t.id ?? -1));
  });
  await popup.goto(lens.popupUrl(`?tab=${tabId}`));
  return popup;
}
