import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKeepWarm } from '../../lib/background/keep-warm';

describe('keep-warm (the service worker stays up for a while after the last page)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls an extension API below the 30 s idle limit for one window after the last page, then stops', async () => {
    vi.useFakeTimers();
    const ping = vi.fn(() => Promise.resolve());
    const warm = createKeepWarm(60_000, ping);
    expect(warm.active).toBe(false);
    warm.touch();
    expect(warm.active).toBe(true);
    await vi.advanceTimersByTimeAsync(59_000);
    expect(ping.mock.calls.length).toBe(2); // at 20 s and 40 s: never 30 s without a call
    await vi.advanceTimersByTimeAsync(2_000 + 20_000);
    expect(warm.active).toBe(false);
    const calls = ping.mock.calls.length;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(ping.mock.calls.length).toBe(calls);
  });

  it('a new page extends the window', async () => {
    vi.useFakeTimers();
    const ping = vi.fn(() => Promise.resolve());
    const warm = createKeepWarm(60_000, ping);
    warm.touch();
    await vi.advanceTimersByTimeAsync(50_000);
    warm.touch();
    await vi.advanceTimersByTimeAsync(50_000);
    expect(warm.active).toBe(true);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(warm.active).toBe(false);
  });

  it('a failing call does not stop it', async () => {
    vi.useFakeTimers();
    const ping = vi.fn(() => Promise.reject(new Error('context invalidated')));
    const warm = createKeepWarm(60_000, ping);
    warm.touch();
    await vi.advanceTimersByTimeAsync(45_000);
    expect(ping).toHaveBeenCalledTimes(2);
  });
});
