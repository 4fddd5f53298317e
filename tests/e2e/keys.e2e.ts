/**
 * Issue #17's keyboard path and safe site controls in real Chromium with the built extension: the shortcuts in
 * the manifests and as the browser binds them, the next/previous reference path (the message the commands send)
 * opening a focused card whose buttons Tab reaches, no key taken from a page's input, the popup's 'Show on
 * this page', 'Turn off on <site>' undone from the notice and from the popup's and options' lists, the
 * first-run page (opened once on install, not on a reload), and axe-core on each new view in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extensionDir, launchLens, openPopupFor, type LensBrowser } from './harness';
import { firefoxExtensionDir } from './firefox-harness';
import { markedTexts, pointOfWord, sendTabMessage, waitForMarks } from './content-helpers';
import { describeProblems, seriousViolations } from './a11y-helpers';
import { loadFixtureArticles } from '../../scripts/fixture-pages';
import { DEFAULT_SHORTCUTS } from '../../lib/shortcuts';

type Theme = 'light' | 'dark';
const THEMES: Theme[] = ['light', 'dark'];
const shadow = (page: Page, sel: string) => page.locator(`crlens-ui ${sel}`);
const shadowCtx = (sel: string) => ({ include: [['crlens-ui', sel]] });

async function setSettings(lens: LensBrowser, patch: Record<string, unknown>) {
  await lens.serviceWorker.evaluate(async (patch) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), ...patch } });
  }, patch);
}

/** Where focus is, seen through our shadow root: the focused element's tag and the class of the card/toast it is in. */
function focusInLens(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('crlens-ui');
    if (document.activeElement !== host) return null;
    const el = host?.shadowRoot?.activeElement;
    if (!el) return null;
    return { tag: el.tagName.toLowerCase(), inCard: !!el.closest('.crl-card'), inToast: !!el.closest('.crl-toast'), text: el.textContent ?? '' };
  });
}

const currentMark = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('crlens-current') ?? [])].map((r) => (r as Range).toString()));
/** The current mark's place in the page's text (its start), to tell two mentions of one name apart. */
const currentTop = (page: Page) =>
  page.evaluate(() => {
    const r = [...(CSS.highlights.get('crlens-current') ?? [])][0] as Range | undefined;
    return r ? r.getBoundingClientRect().top + scrollY : null;
  });

describe('keys, show on page, undo and the first-run page in real Chromium', () => {
  let lens: LensBrowser;
  const article = () => loadFixtureArticles()[1]!;
  beforeAll(async () => {
    lens = await launchLens();
  });
  afterAll(async () => {
    await lens?.close();
  });

  it('declares the shortcuts in both builds, and Chromium binds the defaults the interface lists', async () => {
    const chrome = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    const keyOf = (m: { commands: Record<string, { suggested_key?: { default?: string } }> }, name: string) => m.commands[name]?.suggested_key?.default;
    expect(keyOf(chrome, '_execute_action')).toBe(DEFAULT_SHORTCUTS.popup);
    expect(keyOf(chrome, 'next-reference')).toBe(DEFAULT_SHORTCUTS.next);
    // Declared without a key: Chrome takes at most four suggested keys (a focused card steps back with k).
    expect(chrome.commands['previous-reference']).toBeDefined();
    expect(keyOf(chrome, 'previous-reference')).toBeUndefined();
    expect(keyOf(chrome, 'toggle-panel')).toBe(DEFAULT_SHORTCUTS.panel);
    expect(keyOf(chrome, 'save-quote')).toBe(DEFAULT_SHORTCUTS.quote);
    expect(Object.values(chrome.commands as Record<string, { suggested_key?: unknown }>).filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
    const firefox = JSON.parse(readFileSync(join(firefoxExtensionDir, 'manifest.json'), 'utf8'));
    expect(keyOf(firefox, '_execute_browser_action')).toBe(DEFAULT_SHORTCUTS.popup);
    expect(firefox.commands._execute_action).toBeUndefined();
    expect(keyOf(firefox, 'next-reference')).toBe(DEFAULT_SHORTCUTS.next);
    // What the browser actually bound, as the popup's footer reads it.
    const popup = await lens.context.newPage();
    await popup.goto(lens.popupUrl());
    const bound = await popup.evaluate(async () => Object.fromEntries((await chrome.commands.getAll()).map((c: chrome.commands.Command) => [c.name, c.shortcut])));
    expect(bound).toMatchObject({ _execute_action: 'Alt+Shift+O', 'next-reference': 'Alt+Shift+J', 'previous-reference': '', 'toggle-panel': 'Alt+Shift+L', 'save-quote': 'Alt+Shift+Q' });
    await popup.locator('.keys-footer summary').click();
    const listed = await popup.locator('.keys-footer [data-shortcut]').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-shortcut')} ${r.querySelector('dd')?.textContent}`));
    expect(listed).toEqual(['popup Alt+Shift+O', 'next Alt+Shift+J', 'previous not set', 'panel Alt+Shift+L', 'quote Alt+Shift+Q']);
    await popup.close();
  });

  it('next/previous reference opens a focused card without the panel; Tab reaches its buttons, Escape gives focus back', async () => {
    const page = await lens.openPage(lens.server.url(`/article/${article().slug}.html`));
    await waitForMarks(page, 5);
    await page.evaluate(() => scrollTo(0, 0));
    // The message the next/previous-reference commands send (the background forwards it; tests/unit/background.test.ts).
    await sendTabMessage(lens, page, { lens: 'step-reference', direction: 1 });
    await shadow(page, '.crl-card').waitFor({ timeout: 5000 });
    expect(await shadow(page, '.crl-panel').count()).toBe(0);
    const first = await currentMark(page);
    expect(first).toHaveLength(1);
    expect(await shadow(page, '.crl-card').textContent()).toContain(`“${first[0]}”`);
    await page.waitForFunction(() => document.querySelector('crlens-ui')?.shadowRoot?.activeElement?.classList.contains('crl-card'), null, { timeout: 3000 });
    await shadow(page, '.crl-card .crl-status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Tab');
    const onButton = await focusInLens(page);
    expect(onButton).toMatchObject({ inCard: true });
    expect(['button', 'a', 'textarea']).toContain(onButton!.tag);
    const firstTop = await currentTop(page);

    await sendTabMessage(lens, page, { lens: 'step-reference', direction: 1 });
    await page.waitForFunction((top) => {
      const r = [...(CSS.highlights.get('crlens-current') ?? [])][0] as Range | undefined;
      return r && r.getBoundingClientRect().top + scrollY !== top;
    }, firstTop, { timeout: 5000 }).catch(() => undefined);
    const second = await currentTop(page);
    const secondText = await currentMark(page);
    // Another mention (another place in the page, or another name on the same line).
    expect(second !== firstTop || secondText[0] !== first[0]).toBe(true);
    const inView = await page.evaluate(() => {
      const box = ([...(CSS.highlights.get('crlens-current') ?? [])][0] as Range).getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    expect((await focusInLens(page))?.inCard).toBe(true);

    // In the focused card, k steps back and j forward again (our shadow root's keys, not the page's).
    await page.keyboard.press('k');
    // By place and text: the two mentions may share a line, and the 'current' mark moves with the card's frame.
    await page.waitForFunction(([top, text]) => {
      const r = [...(CSS.highlights.get('crlens-current') ?? [])][0] as Range | undefined;
      return r && r.getBoundingClientRect().top + scrollY === top && r.toString() === text;
    }, [firstTop, first[0]] as const, { timeout: 5000 });
    expect(await currentMark(page)).toEqual(first);
    await page.keyboard.press('j');
    await page.waitForFunction((top) => {
      const r = [...(CSS.highlights.get('crlens-current') ?? [])][0] as Range | undefined;
      return r && r.getBoundingClientRect().top + scrollY === top;
    }, second, { timeout: 5000 });

    await sendTabMessage(lens, page, { lens: 'step-reference', direction: -1 });
    await page.waitForFunction(([top, text]) => {
      const r = [...(CSS.highlights.get('crlens-current') ?? [])][0] as Range | undefined;
      return r && r.getBoundingClientRect().top + scrollY === top && r.toString() === text;
    }, [firstTop, first[0]] as const, { timeout: 5000 });
    expect(await currentMark(page)).toEqual(first);

    await page.keyboard.press('Escape');
    await shadow(page, '.crl-card').waitFor({ state: 'detached', timeout: 3000 });
    expect(await focusInLens(page)).toBeNull();
    expect(await currentMark(page)).toEqual([]);
    await page.close();
  });

  it("takes no key from the page's own inputs: typing j and k in a field opens nothing", async () => {
    const page = await lens.openPage(lens.server.url(`/article/${article().slug}.html`));
    await waitForMarks(page, 5);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'page-search';
      input.setAttribute('aria-label', 'search');
      document.body.prepend(input);
    });
    await page.locator('#page-search').click();
    await page.keyboard.type('jjkk Xi');
    await page.waitForTimeout(400);
    expect(await page.locator('#page-search').inputValue()).toBe('jjkk Xi');
    expect(await shadow(page, '.crl-card').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-search');
    await page.close();
  });

  it("the popup's 'Show on this page' takes the reader to the first reference, its card focused", async () => {
    const page = await lens.openPage(lens.server.url(`/article/${article().slug}.html`));
    const marks = await waitForMarks(page, 5);
    const popup = await openPopupFor(lens);
    const button = popup.getByTestId('show-on-page');
    await button.waitFor({ timeout: 20000 });
    expect(await button.textContent()).toBe('Show on this page');
    // As a real popup it closes itself (window.close); opened as a tab here, it may stay.
    await button.click();
    await page.bringToFront();
    await shadow(page, '.crl-card').waitFor({ timeout: 5000 });
    const current = await currentMark(page);
    expect(current).toHaveLength(1);
    expect(marks).toContain(current[0]);
    // The first mark in the page's order.
    const firstInOrder = await page.evaluate(() => {
      const ranges = [...CSS.highlights].filter(([n]) => n.startsWith('crlens-') && n !== 'crlens-current').flatMap(([, h]) => [...h] as Range[]);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges[0]?.toString();
    });
    expect(current[0]).toBe(firstInOrder);
    expect((await focusInLens(page))?.inCard).toBe(true);
    await page.close();
  });

  it("turning a site off from the card can be undone from the notice, and from the popup's and options' lists", async () => {
    const page = await lens.openPage(lens.server.url(`/article/${loadFixtureArticles()[3]!.slug}.html`));
    await waitForMarks(page, 5);
    const before = (await markedTexts(page)).length;
    const offFromCard = async () => {
      const point = await pointOfWord(page, 'Putin', 0);
      await page.mouse.move(point!.x, point!.y);
      await shadow(page, '.crl-card').waitFor({ timeout: 5000 });
      await shadow(page, '.crl-card button').filter({ hasText: 'Turn off on 127.0.0.1' }).click();
      await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('crlens-')), null, { timeout: 3000 });
      await shadow(page, '[data-testid="site-off-toast"]').waitFor({ timeout: 3000 });
      expect(await shadow(page, '.crl-card').count()).toBe(0);
    };
    // 1. The notice: it says what happened, holds focus on Undo, and Undo brings every mark back.
    await offFromCard();
    expect(await shadow(page, '[data-testid="site-off-toast"]').textContent()).toContain('off on 127.0.0.1');
    expect(await focusInLens(page)).toMatchObject({ inToast: true, tag: 'button', text: 'Undo' });
    await page.keyboard.press('Enter');
    expect((await waitForMarks(page, before)).length).toBe(before);
    expect(await shadow(page, '[data-testid="site-off-toast"]').count()).toBe(0);

    // 2. Dismissed without undoing: the popup's settings list the site and turn it on again.
    await offFromCard();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('crlens-ui') === null, null, { timeout: 3000 });
    const popup = await openPopupFor(lens);
    await popup.getByRole('tab', { name: 'Settings' }).click();
    const list = popup.getByTestId('turned-off-sites');
    await list.waitFor();
    expect(await list.locator('li').allTextContents()).toEqual(['127.0.0.1Turn on again']);
    await list.getByRole('button', { name: 'Turn on again on 127.0.0.1' }).click();
    await popup.getByTestId('turned-off-none').waitFor();
    expect((await waitForMarks(page, before)).length).toBe(before);
    await popup.close();

    // 3. The same from the options page.
    await offFromCard();
    await page.keyboard.press('Escape');
    const options = await lens.context.newPage();
    await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
    await options.getByTestId('turned-off-sites').getByRole('button', { name: 'Turn on again on 127.0.0.1' }).click();
    await options.getByTestId('turned-off-none').waitFor();
    expect((await waitForMarks(page, before)).length).toBe(before);
    await options.close();
    await page.close();
  });

  for (const theme of THEMES) {
    it(`the undo notice, the popup's keys and sites, the options' and the first-run page are axe-clean (${theme})`, async () => {
      await setSettings(lens, { theme, disabledSites: [] });
      const problems: string[] = [];
      const check = async (page: Page, where: string, ctx?: Parameters<typeof seriousViolations>[1]) => {
        problems.push(describeProblems(`${where} (${theme})`, await seriousViolations(page, ctx)));
      };
      const page = await lens.openPage(lens.server.url(`/article/${loadFixtureArticles()[3]!.slug}.html`));
      await page.emulateMedia({ colorScheme: theme });
      await waitForMarks(page, 5);
      const point = await pointOfWord(page, 'Putin', 0);
      await page.mouse.move(point!.x, point!.y);
      await shadow(page, '.crl-card button').filter({ hasText: 'Turn off on 127.0.0.1' }).click();
      await shadow(page, '[data-testid="site-off-toast"]').waitFor({ timeout: 3000 });
      expect(await shadow(page, '.crl-root').evaluate((el) => el.classList.contains('crl-dark'))).toBe(theme === 'dark');
      await check(page, 'undo notice', shadowCtx('.crl-toast'));

      const popup = await openPopupFor(lens);
      await popup.emulateMedia({ colorScheme: theme });
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.getByRole('tab', { name: 'Settings' }).click();
      await popup.getByTestId('turned-off-sites').waitFor();
      await popup.locator('.keys-footer summary').click();
      await popup.locator('.keys-footer [data-shortcut]').first().waitFor();
      await check(popup, 'popup settings with sites and keys');
      await popup.close();

      const options = await lens.context.newPage();
      await options.emulateMedia({ colorScheme: theme });
      await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
      await options.getByTestId('turned-off-sites').waitFor();
      await options.getByTestId('shortcuts').waitFor();
      await check(options, 'options with sites and keys');
      await options.close();

      const welcome = await lens.context.newPage();
      await welcome.emulateMedia({ colorScheme: theme });
      await welcome.goto(`chrome-extension://${lens.extensionId}/welcome.html`);
      await welcome.getByTestId('legend-person').waitFor();
      await check(welcome, 'first-run page');
      // The legend is painted by the page marks' own stylesheet, in the theme's palette.
      const painted = await welcome.evaluate(() => {
        const sheet = document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
        return { person: CSS.highlights.get('crlens-person')?.size ?? 0, date: CSS.highlights.get('crlens-date')?.size ?? 0, sheet };
      });
      expect(painted.person).toBe(1);
      expect(painted.date).toBe(1);
      expect(painted.sheet).toMatch(/::highlight\(crlens-person\)\s*\{[^}]*(background|text-decoration)/);
      await welcome.close();
      await setSettings(lens, { disabledSites: [], theme: 'auto' });
      await page.close();
      const report = problems.join('');
      expect(report, report).toBe('');
    });
  }
});

describe('the first-run page in real Chromium: once on install, not on an update', () => {
  const profile = mkdtempSync(join(tmpdir(), 'crlens-keys-profile-'));
  const build = mkdtempSync(join(tmpdir(), 'crlens-keys-build-'));
  afterAll(() => {
    rmSync(profile, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
  });
  const welcomeTabs = (lens: LensBrowser) => lens.context.pages().filter((p) => p.url().endsWith('/welcome.html') && !p.isClosed());

  it("opens on install in the reader's language, and not again when the same profile starts an updated build", async () => {
    // A copy of the build, so its version can be raised for the second start (an update, as a store would ship).
    cpSync(extensionDir, build, { recursive: true });
    const first = await launchLens({ extensionPath: build, userDataDir: profile, firstRun: 'keep' });
    try {
      const welcome = welcomeTabs(first)[0] ?? (await first.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 10000 }));
      await welcome.getByRole('heading', { level: 1 }).waitFor();
      expect(await welcome.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to China–Russia Lens');
      // The setting switches it live, like every other page of ours.
      await setSettings(first, { interfaceLanguage: 'ru' });
      await welcome.getByRole('heading', { level: 1, name: 'Линза «Россия — Китай»: с чего начать' }).waitFor({ timeout: 5000 });
      expect(await welcome.getByTestId('legend-person').textContent()).toBe('Си Цзиньпин');
      await setSettings(first, { interfaceLanguage: 'browser' });
      await first.serviceWorker.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      expect(welcomeTabs(first)).toHaveLength(1);
    } finally {
      await first.close();
    }

    const manifestPath = join(build, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.version = manifest.version.replace(/\d+$/, (n: string) => String(Number(n) + 1));
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const second = await launchLens({ extensionPath: build, userDataDir: profile, firstRun: 'none' });
    try {
      expect(await second.serviceWorker.evaluate(() => chrome.runtime.getManifest().version)).toBe(manifest.version);
      // Time for onInstalled ('update') to run and open whatever it would open.
      await second.serviceWorker.evaluate(() => new Promise((r) => setTimeout(r, 3000)));
      expect(welcomeTabs(second)).toHaveLength(0);
      expect(await second.serviceWorker.evaluate(async () => (await chrome.storage.local.get('welcomeShown')).welcomeShown)).toBe(true);
    } finally {
      await second.close();
    }
  });
});
