/**
 * Which reference the next/previous shortcut goes to. With one already chosen, the neighbour in page order
 * (wrapping round at either end, like find-in-page); with none yet, the first reference at or below the top
 * of the window going forward, or the last one above its bottom going back, so a shortcut starts where the
 * reader is reading rather than at the top of the page. Marks are in document order, which on a page is
 * (nearly) top-to-bottom order, so a binary search over their positions suffices.
 */
export type StepDirection = 1 | -1;

/**
 * `count` marks; `current` the index of the chosen one or -1; `top(i)`/`bottom(i)` a mark's box relative to
 * the window; `height` the window's height. Returns -1 when there is nothing to step to.
 */
export function stepIndex(
  count: number,
  current: number,
  direction: StepDirection,
  top: (i: number) => number,
  bottom: (i: number) => number,
  height: number,
): number {
  if (count <= 0) return -1;
  if (current >= 0 && current < count) return (current + direction + count) % count;
  if (direction === 1) {
    // First mark whose bottom is inside or below the window.
    const i = firstIndex(count, (k) => bottom(k) > 0);
    return i < count ? i : 0;
  }
  // Last mark whose top is above the window's bottom edge.
  const j = firstIndex(count, (k) => top(k) >= height) - 1;
  return j >= 0 ? j : count - 1;
}

/** The first index where `test` turns true, for a test that is false then true along the list (count when never). */
function firstIndex(count: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
