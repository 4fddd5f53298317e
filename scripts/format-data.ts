/**
 * Rewrites every bundled data file into its canonical form (see data/canonical.ts).
 *   npm run --silent data:format            rewrite in place
 *   npm run --silent data:format -- --check only report files that are not canonical (exit 1)
 *   npm run --silent data:format -- energy   only the files whose path contains 'energy' (several people
 *                                            editing data at once must not rewrite each other's files)
 * The file list comes from data/dataset.ts, so a file the extension bundles can't be skipped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityFiles, eventFiles } from '../data/dataset';
import { canonicalText, kindOfFile } from '../data/canonical';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = [...Object.keys(entityFiles), ...Object.keys(eventFiles)].filter((f) => only.length === 0 || only.some((o) => f.includes(o)));

const notCanonical: string[] = [];
const broken: string[] = [];

for (const file of files) {
  const path = join(dataDir, file);
  const text = readFileSync(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    broken.push(`data/${file}: not valid JSON (${(error as Error).message})`);
    continue;
  }
  if (!Array.isArray(parsed)) {
    broken.push(`data/${file}: must be a JSON array`);
    continue;
  }
  const canonical = canonicalText(kindOfFile(file), parsed);
  if (canonical === text) continue;
  notCanonical.push(`data/${file}`);
  if (!check) writeFileSync(path, canonical, 'utf8');
}

for (const line of broken) console.error(line);
if (check) {
  for (const file of notCanonical) console.error(`not canonical: ${file}`);
  if (notCanonical.length === 0 && broken.length === 0) console.log(`${files.length} data files are canonical`);
} else if (notCanonical.length > 0) {
  console.log(`formatted ${notCanonical.length} of ${files.length} files: ${notCanonical.join(', ')}`);
}
process.exitCode = broken.length > 0 || (check && notCanonical.length > 0) ? 1 : 0;
