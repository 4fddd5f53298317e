/** The background readies its engine when a tab starts loading, unless the reader paused the lens. */
import { describe, expect, it } from 'vitest';
import { readyOnTabLoading } from '../../lib/background/ready-on-load';

describe('readyOnTabLoading', () => {
  it('readies the engine on the loading step only, and not while the lens is paused', async () => {
    let readied = 0;
    const ready = async () => {
      readied++;
    };
    const on = async () => ({ paused: false });
    const paused = async () => ({ paused: true });
    const notReady = () => false;
    await readyOnTabLoading({ status: 'loading' }, notReady, on, ready);
    expect(readied).toBe(1);
    await readyOnTabLoading({ status: 'complete' }, notReady, on, ready);
    await readyOnTabLoading({}, notReady, on, ready);
    await readyOnTabLoading({ status: 'loading' }, notReady, paused, ready);
    expect(readied).toBe(1);
  });

  it('reads nothing when the engine is built already', async () => {
    let reads = 0;
    const settings = async () => {
      reads++;
      return { paused: false };
    };
    let readied = 0;
    await readyOnTabLoading({ status: 'loading' }, () => true, settings, async () => {
      readied++;
    });
    expect([reads, readied]).toEqual([0, 0]);
  });

  it('swallows a failed build or settings read: a page that follows asks again', async () => {
    await expect(readyOnTabLoading({ status: 'loading' }, () => false, async () => ({ paused: false }), async () => Promise.reject(new Error('no tables')))).resolves.toBeUndefined();
    await expect(readyOnTabLoading({ status: 'loading' }, () => false, async () => Promise.reject(new Error('storage')), async () => undefined)).resolves.toBeUndefined();
  });
});
