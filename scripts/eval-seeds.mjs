/**
 * `npm run eval:seeds`: checks the extension against the five seed articles it was conceived from. They are
 * not ours to ship, so they are read from LENS_SEED_DIR or ../shared/fixtures/seed-articles beside the
 * repository; `npm test` never needs them. Builds the Chrome extension first when there is no build.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.LENS_SEED_DIR ?? resolve(root, '..', 'shared', 'fixtures', 'seed-articles');
if (!existsSync(join(dir, 'index.json'))) {
  console.error(`eval:seeds: no seed articles at ${dir} (index.json is missing).`);
  console.error('Put the seed articles folder (index.json and its .txt files) there, or point LENS_SEED_DIR at it.');
  process.exit(2);
}
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, LENS_SEED_DIR: dir } }).status ?? 1;
if (!existsSync(join(root, '.output', 'chrome-mv3', 'manifest.json'))) {
  console.log('eval:seeds: building the extension first (npx wxt build)…');
  if (run([join(root, 'node_modules', 'wxt', 'bin', 'wxt.mjs'), 'build']) !== 0) process.exit(1);
}
process.exit(run(['--import', './scripts/node20-polyfills.mjs', 'node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.seeds.config.ts']));
