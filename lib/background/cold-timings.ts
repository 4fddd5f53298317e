/**
 * When a woken service worker reached each step, for `npm run bench:cold` (read over CDP from the
 * worker's global). Only the first time of each name counts: that is the cold path a reader meets.
 * A few numbers per worker life, never read by the extension itself.
 */
interface ColdTimings {
  /** The worker's time origin (wall clock, ms): marks are relative to it. */
  origin: number;
  marks: Record<string, number>;
}

const holder = globalThis as { crlensTimings?: ColdTimings };
markCold('evaluation-started');

export function markCold(name: string): void {
  const t = (holder.crlensTimings ??= { origin: performance.timeOrigin, marks: {} });
  t.marks[name] ??= performance.now();
}
