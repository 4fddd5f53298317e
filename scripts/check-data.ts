/**
 * `npm run --silent data:check [-- FILE-SUBSTRING]`: every dataset problem, one line each, for people
 * editing data (the dataset unit test runs the same validator). Exit 1 when any problem is shown.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityFiles, eventFiles } from '../data/dataset';
import { validateDataset } from '../data/validate-dataset';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const texts = Object.fromEntries(
  [...Object.keys(entityFiles), ...Object.keys(eventFiles)].map((file) => [file, readFileSync(join(dataDir, file), 'utf8')]),
);
const problems = validateDataset({ entityFiles, eventFiles, texts }).filter(
  (p) => only.length === 0 || only.some((o) => p.file.includes(o)),
);
for (const p of problems) console.log(`${p.rule}\tdata/${p.file}\t${p.id ?? ''}\t${p.field ?? ''}\t${p.message}`);
console.log(problems.length === 0 ? 'no problems' : `${problems.length} problem(s)`);
process.exitCode = problems.length === 0 ? 0 : 1;
