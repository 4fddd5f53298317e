/**
 * The outlet table, loaded on first use: it is ~100 kB of JSON that only an event's sources need, so it stays
 * out of the popup's first chunks.
 */
import { useEffect, useState } from 'preact/hooks';
import type { OutletTable } from '../../data/outlets';

let loaded: OutletTable | undefined;
let loading: Promise<OutletTable> | undefined;

export function loadOutlets(): Promise<OutletTable> {
  loading ??= import('../../data/outlets.json').then((m) => (loaded = (m.default ?? m) as unknown as OutletTable));
  return loading;
}

export function useOutlets(): OutletTable | undefined {
  const [table, setTable] = useState<OutletTable | undefined>(loaded);
  useEffect(() => {
    if (!loaded) void loadOutlets().then(setTable);
  }, []);
  return table;
}
