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
    await readyOnTabLoading({ status: 'loading' }, on, ready);
    expect(readied).toBe(1);
    await readyOnTabLoading({ status: 'complete' }, on, ready);
    await readyOnTabLoading({}, on, ready);
    await readyOnTabLoading({ status: 'loading' }, paused, ready);
    expect(readied).toBe(1);
  });

  it('swallows a failed build or settings read: a page that follows asks again', async () => {
    await expect(readyOnTabLoading({ status: 'loading' }, async () => ({ paused: false }), async () => Promise.reject(new Error('no tables')))).resolves.toBeUndefined();
    await expect(readyOnTabLoading({ status: 'loading' }, async () => Promise.reject(new Error('storage')), async () => undefined)).resolves.toBeUndefined();
  });
});
