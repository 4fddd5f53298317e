/**
 * Firefox end-to-end harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the
 * built Firefox add-on (.output/firefox-mv2) installed as a temporary add-on. Never downloads a browser.
 *
 * What differs from Chromium, and why:
 * - The moz-extension UUID is random per profile; the pref `extensions.webextensions.uuids` pins it so
 *   extension pages have a known address.
 * - `page.goto('moz-extension://…')` may never resolve; the raw BiDi `browsingContext.navigate` does.
 * - The content script's isolated world is out of the driver's reach: tests look through the page
 *   (`CSS.highlights`, our open shadow root) and through messages sent from an extension page.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';

export const firefoxExtensionDir = resolve(process.cwd(), '.output', 'firefox-mv2');
/** The oldest Firefox ESR Debian offers, unpacked beside the system one by scripts/install-browsers.sh. */
export const OLDEST_ESR_PATH = '/opt/firefox-esr-140/usr/lib/firefox-esr/firefox-esr';

/** The Firefox builds to test: the system firefox-esr, and the oldest ESR where it is unpacked. */
export function firefoxBuilds(): { name: string; path: string }[] {
  if (process.env.FIREFOX_PATH) return [{ name: 'firefox', path: process.env.FIREFOX_PATH }];
  const builds = [{ name: 'firefox-esr', path: '/usr/bin/firefox-esr' }];
  if (existsSync(OLDEST_ESR_PATH)) builds.push({ name: 'firefox-esr 140', path: OLDEST_ESR_PATH });
  else console.warn(`No Firefox ESR 140 at ${OLDEST_ESR_PATH} (scripts/install-browsers.sh unpacks it): testing the system firefox-esr only.`);
  return builds;
}

const UUID = '3f6a2c1e-8d4b-4e6f-9a1c-2b7d5e8f0a13';

export interface FirefoxLens {
  browser: Browser;
  server: FixtureServer;
  version: string;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  openPage(url: string): Promise<Page>;
  /** A new tab on one of our extension pages (popup.html, options.html), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Whether the install opened the first-run page (the harness closed it). */
  firstRunOpened: boolean;
  close(): Promise<void>;
}

export async function launchFirefoxLens(executablePath: string): Promise<FirefoxLens> {
  const manifestPath = resolve(firefoxExtensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build at ${firefoxExtensionDir}: run 'npm run build:firefox' first (npm test does).`);
  if (!existsSync(executablePath)) throw new Error(`No Firefox at ${executablePath}: apt-get install firefox-esr (see scripts/install-browsers.sh).`);
  const addonId = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id as string;
  const server = await startFixtureServer();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: UUID }),
      // A closed network: no update checks, telemetry or remote settings while the tests run.
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(firefoxExtensionDir);
  const extensionUrl = (path: string) => `moz-extension://${UUID}/${path.replace(/^\//, '')}`;
  // The install opens the first-run page (lib/first-run.ts): closed, so the newest tab is the page a test opened.
  // Puppeteer names an extension tab 'about:blank' over BiDi: ask each page where it is.
  let firstRunOpened = false;
  for (const end = Date.now() + 15000; !firstRunOpened && Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href !== extensionUrl('welcome.html')) continue;
      firstRunOpened = true;
      await page.close();
    }
  }
  return {
    browser,
    server,
    version: await browser.version(),
    firstRunOpened,
    extensionUrl,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const context = (page.mainFrame() as unknown as { _id: string })._id;
      const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
      await connection.send('browsingContext.navigate', { context, url: extensionUrl(path), wait: 'complete' });
      await pollPage(page, () => document.readyState === 'complete' && location.protocol === 'moz-extension:');
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Waits until `predicate` holds in the page. Not `waitForFunction`: Firefox ESR 140 runs that through
 * `Function()`, which our extension pages' content security policy blocks.
 */
export async function pollPage(page: Page, predicate: () => boolean, timeout = 15000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(predicate).catch(() => false)) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${predicate.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Text of each of our highlights, by highlight name, as the page sees them. */
export function pageMarks(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('crlens-')) out[name] = [...h].map((r) => (r as Range).toString());
    return out;
  });
}

export async function waitForPageMarks(page: Page, min = 1, timeout = 20000): Promise<Record<string, string[]>> {
  await page.waitForFunction(
    (min) => [...CSS.highlights].filter(([n]) => n.startsWith('crlens-') && n !== 'crlens-date').reduce((k, [, h]) => k + h.size, 0) >= min,
    { timeout },
    min,
  );
  return pageMarks(page);
}

/** Text inside our open shadow root, as the page sees it (null when the selector matches nothing). */
export function shadowText(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((sel) => document.querySelector('crlens-ui')?.shadowRoot?.querySelector(sel)?.textContent ?? null, selector);
}
