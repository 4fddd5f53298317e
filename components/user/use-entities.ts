/** The dataset's entities from the extension's database, with the name index the picker searches. */
import { useEffect, useState } from 'preact/hooks';
import type { Entity } from '../../core/types';
import { bundledEntities } from '../../data/bundled-store';
import { getDb } from '../../data/db';
import { buildEntityNames, type EntityNames } from '../../data/user-data/entity-names';

let cached: Promise<EntityNames> | undefined;

export function loadEntityNames(): Promise<EntityNames> {
  cached ??= bundledEntities(getDb()).then((rows: Entity[]) => buildEntityNames(rows)).catch((err) => {
    cached = undefined;
    throw err;
  });
  return cached;
}

export function useEntityNames(): EntityNames | undefined {
  const [names, setNames] = useState<EntityNames>();
  useEffect(() => {
    let live = true;
    void loadEntityNames().then((n) => {
      // An empty table means the background has not seeded yet: try again on next use.
      if (!n.byId.size) cached = undefined;
      if (live) setNames(n);
    });
    return () => {
      live = false;
    };
  }, []);
  return names;
}
