/** Every source URL the curated files in data/events and data/entities cite, read from the files themselves. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function datasetSourceUrls(root = join(import.meta.dirname, '..')): string[] {
  const urls: string[] = [];
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      for (const [k, v] of Object.entries(o)) {
        if (k === 'sources' && Array.isArray(v)) urls.push(...v.filter((u): u is string => typeof u === 'string'));
        else walk(v);
      }
    }
  };
  for (const dir of ['events', 'entities']) {
    for (const f of readdirSync(join(root, 'data', dir))) if (f.endsWith('.json')) walk(JSON.parse(readFileSync(join(root, 'data', dir, f), 'utf8')));
  }
  return urls;
}
