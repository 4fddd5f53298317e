/**
 * Cooperative scheduling: long jobs run in slices that end before a frame's worth of time, so the
 * page never sees a main-thread task of ours over ~50 ms (the Long Tasks threshold, and INP's budget).
 */

/** Slice budget. Well under 50 ms so message handling and GC around a slice still fit. */
export const SLICE_MS = 12;

type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the page a turn: scheduler.yield keeps our place in the queue; setTimeout is the fallback. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits for an idle period (work the reader is not waiting for), with a timeout so it does happen. */
export function whenIdle(timeout = 500): Promise<void> {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback;
  if (ric) return new Promise((resolve) => ric(() => resolve(), { timeout }));
  return new Promise((resolve) => setTimeout(resolve, 1));
}

/** A time budget for one slice of work. */
export class Deadline {
  private readonly end: number;
  constructor(ms = SLICE_MS) {
    this.end = performance.now() + ms;
  }
  expired(): boolean {
    return performance.now() >= this.end;
  }
}

/**
 * Runs `step` until it reports it is done, yielding to the page whenever a slice's budget is spent.
 * `step` does a bounded amount of work per call and checks the deadline itself.
 */
export async function runSliced(step: (deadline: Deadline) => boolean, isCancelled: () => boolean = () => false): Promise<boolean> {
  for (;;) {
    if (isCancelled()) return false;
    if (step(new Deadline())) return true;
    await yieldToPage();
  }
}

/** Maps over items in slices; each call to `fn` must be small. */
export async function forEachSliced<T>(items: readonly T[], fn: (item: T, index: number) => void, isCancelled?: () => boolean): Promise<boolean> {
  let i = 0;
  return runSliced((deadline) => {
    // Check the clock every 32 items: performance.now() is cheap but not free.
    while (i < items.length) {
      fn(items[i], i);
      i++;
      if ((i & 31) === 0 && deadline.expired()) return false;
    }
    return true;
  }, isCancelled);
}
