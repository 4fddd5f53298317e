/**
 * The reader's settings, asked for by main.tsx before the UI is loaded: the first render then has them
 * (theme, paused, turned-off sites, languages) instead of drawing the whole popup again when they arrive,
 * which could land just as the tab's answer does and hold up 'On this page'.
 */
import { getSettings, type Settings } from '../../lib/settings';

interface EarlySettings {
  promise: Promise<Settings | null>;
  value?: Settings;
}
let early: EarlySettings | null = null;

export function prefetchSettings(): void {
  if (early) return;
  const pre: EarlySettings = { promise: getSettings().catch(() => null) };
  void pre.promise.then((s) => {
    if (s) pre.value = s;
  });
  early = pre;
}

/** The settings if they have arrived already. */
export function peekEarlySettings(): Settings | null {
  return early?.value ?? null;
}

/** The early request, once (later reads ask afresh). */
export function takeEarlySettings(): Promise<Settings | null> | null {
  const pre = early;
  early = null;
  return pre?.promise ?? null;
}
