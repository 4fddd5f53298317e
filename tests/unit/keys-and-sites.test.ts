/**
 * The pure parts of issue #17's keyboard path and site controls: which reference a shortcut goes to,
 * the shortcut rows shown to the reader, the turned-off sites list, and the first-run page decision
 * (with its storage flag on WXT's fake browser storage).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, withDefaults } from '../../lib/settings';
import { disableSite, enableSite, normalizeSite, turnedOffSites } from '../../lib/site-list';
import { openWelcomeOnInstall, shouldOpenWelcome, welcomeShownItem } from '../../lib/first-run';
import { DEFAULT_SHORTCUTS, shortcutRows, splitKeys } from '../../lib/shortcuts';
import { stepIndex } from '../../entrypoints/content/reference-steps';

describe('turned-off sites', () => {
  it('adds a site once, whatever its case or trailing dot', () => {
    const a = disableSite(DEFAULT_SETTINGS, 'News.Example.com.');
    expect(a.disabledSites).toEqual(['news.example.com']);
    const b = disableSite(a, 'news.example.com');
    expect(b).toBe(a);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });

  it('removes exactly that site and leaves the others', () => {
    const s = withDefaults({ disabledSites: ['a.example', 'b.example', 'c.example'] });
    expect(enableSite(s, 'b.example').disabledSites).toEqual(['a.example', 'c.example']);
    expect(enableSite(s, 'B.EXAMPLE').disabledSites).toEqual(['a.example', 'c.example']);
    expect(enableSite(s, 'd.example')).toBe(s);
  });

  it('turning off then on again restores the settings as they were', () => {
    const s = withDefaults({ disabledSites: ['a.example'], paused: false });
    expect(enableSite(disableSite(s, 'x.example'), 'x.example')).toEqual(s);
  });

  it('lists each site once, alphabetically, without empty entries', () => {
    expect(turnedOffSites({ disabledSites: ['b.example', 'A.example', 'b.example', ' '] })).toEqual(['a.example', 'b.example']);
    expect(normalizeSite(' X.org. ')).toBe('x.org');
  });
});

describe('first-run page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens on install only, and only if it was not shown', () => {
    expect(shouldOpenWelcome('install', false)).toBe(true);
    expect(shouldOpenWelcome('install', true)).toBe(false);
    for (const reason of ['update', 'chrome_update', 'browser_update', 'shared_module_update', undefined]) {
      expect(shouldOpenWelcome(reason, false), String(reason)).toBe(false);
    }
  });

  it('opens once across install, update and a repeated install event', async () => {
    const opened: string[] = [];
    const open = async () => void opened.push('welcome');
    expect(await openWelcomeOnInstall('update', open)).toBe(false);
    expect(await openWelcomeOnInstall('install', open)).toBe(true);
    expect(await welcomeShownItem.getValue()).toBe(true);
    expect(await openWelcomeOnInstall('update', open)).toBe(false);
    expect(await openWelcomeOnInstall('install', open)).toBe(false);
    expect(opened).toEqual(['welcome']);
  });
});

describe('shortcut rows', () => {
  it('shows the bindings the browser reports, in a fixed order, MV3 or MV2 names', () => {
    const rows = shortcutRows([
      { name: 'toggle-panel', shortcut: 'Ctrl+Shift+Y' },
      { name: '_execute_browser_action', shortcut: 'Alt+Shift+O' },
      { name: 'next-reference', shortcut: '' },
      { name: 'previous-reference', shortcut: '⌥⇧K' },
      { name: 'something-else', shortcut: 'Alt+X' },
    ]);
    expect(rows).toEqual([
      { id: 'popup', keys: ['Alt', 'Shift', 'O'] },
      { id: 'next', keys: [] },
      { id: 'previous', keys: ['⌥', '⇧', 'K'] },
      { id: 'panel', keys: ['Ctrl', 'Shift', 'Y'] },
    ]);
  });

  it('falls back to the manifest defaults when the browser cannot say', () => {
    expect(shortcutRows(null).map((r) => `${r.id} ${r.keys.join('+')}`)).toEqual([
      `popup ${DEFAULT_SHORTCUTS.popup}`,
      `next ${DEFAULT_SHORTCUTS.next}`,
      'previous ', // no default: Chrome takes four suggested keys, and the panel, quote, popup and next have them
      `panel ${DEFAULT_SHORTCUTS.panel}`,
      `quote ${DEFAULT_SHORTCUTS.quote}`,
    ]);
    expect(splitKeys(undefined)).toEqual([]);
  });
});

describe('stepping through references', () => {
  // Five marks 300 px apart, the window 600 px high, scrolled so mark 2 (top 0) is at the window's top.
  const tops = [-600, -300, 0, 300, 600];
  const top = (i: number) => tops[i];
  const bottom = (i: number) => tops[i] + 20;

  it('continues from the current reference and wraps at either end', () => {
    expect(stepIndex(5, 2, 1, top, bottom, 600)).toBe(3);
    expect(stepIndex(5, 4, 1, top, bottom, 600)).toBe(0);
    expect(stepIndex(5, 0, -1, top, bottom, 600)).toBe(4);
  });

  it('starts where the reader is: the first reference in view going forward, the last above the bottom going back', () => {
    expect(stepIndex(5, -1, 1, top, bottom, 600)).toBe(2);
    expect(stepIndex(5, -1, -1, top, bottom, 600)).toBe(3);
  });

  it('wraps to the first or last when every reference is above or below the window', () => {
    const above = (i: number) => -1000 + i * 10;
    expect(stepIndex(5, -1, 1, above, (i) => above(i) + 5, 600)).toBe(0);
    const below = (i: number) => 1000 + i * 10;
    expect(stepIndex(5, -1, -1, below, (i) => below(i) + 5, 600)).toBe(4);
  });

  it('has nowhere to go on a page without references', () => {
    expect(stepIndex(0, -1, 1, top, bottom, 600)).toBe(-1);
  });
});
