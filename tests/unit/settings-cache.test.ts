/**
 * The background's settings cache (lib/background/settings-cache.ts): one read per worker life, and a change
 * made anywhere is what the next early scan sees.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentSettings, resetSettingsCache } from '../../lib/background/settings-cache';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, updateSettings } from '../../lib/settings';
import { disableSite } from '../../lib/site-list';

describe('settings cache', () => {
  afterEach(() => {
    resetSettingsCache();
    fakeBrowser.reset();
  });

  it('reads once, then follows every change', async () => {
    const read = vi.spyOn(storage, 'getItem');
    expect(await currentSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await currentSettings()).toEqual(DEFAULT_SETTINGS);
    expect(read).toHaveBeenCalledTimes(1);
    await updateSettings((s) => disableSite(s, 'example.org'));
    await vi.waitFor(async () => expect((await currentSettings()).disabledSites).toEqual(['example.org']));
    await updateSettings((s) => ({ ...s, paused: true }));
    await vi.waitFor(async () => expect((await currentSettings()).paused).toBe(true));
  });

  it('a failed read is not kept', async () => {
    vi.spyOn(storage, 'getItem').mockRejectedValueOnce(new Error('storage hiccup'));
    await expect(currentSettings()).rejects.toThrow('storage hiccup');
    expect(await currentSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
