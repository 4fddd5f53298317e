/**
 * Records when the first event row appeared, from navigation start: the popup's 'time to first results',
 * read by the e2e test (and visible in DevTools as a performance mark).
 */
export function markFirstResults(): void {
  const root = document.documentElement;
  if (root.dataset.firstResultsMs) return;
  const ms = performance.now();
  root.dataset.firstResultsMs = ms.toFixed(1);
  performance.mark?.('crlens:first-results');
}
