/**
 * When the popup reads the database. Opened on 'On this page', the rows come from the tab's reply alone;
 * the database read (every event and entity, deserialised on this thread in one go) is only needed for the
 * count, the page's timeline and search, so it waits until the tab's answer is on screen: landing just
 * before the reply, it held the first rows up by its whole length. A search or an entity view
 * (`?q=`, `?entity=`) needs the data for its first rows and reads at once. The gate also opens after
 * GATE_MS, for a page still being read, and when the reader leaves the page tab.
 */
export const GATE_MS = 250;

let open: () => void = () => undefined;
export const readGate = new Promise<void>((resolve) => (open = resolve));

export function openReadGate(): void {
  open();
}

/** Called by main.tsx: whether this popup's first rows come from the page (then the read waits). */
export function armReadGate(search: string = location.search): void {
  const params = new URLSearchParams(search);
  if (params.has('q') || params.has('entity')) openReadGate();
  else setTimeout(openReadGate, GATE_MS);
}
