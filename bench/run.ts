/**
 * `npm run bench`: runs every bench/*.bench.ts module's exported `run()` in turn; each prints its table.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && (!only.length || only.some((o) => f.includes(o)))).sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(`${here}/${file}`).href)) as { run?: () => unknown };
  if (typeof mod.run !== 'function') {
    console.log(`\n${file}: no exported run(), skipped`);
    continue;
  }
  console.log(`\n=== ${file}`);
  await mod.run();
}
