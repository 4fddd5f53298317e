/**
 * Adds the dataset's new source hosts to data/outlets.json, keeping every row it has: a host under .gov.cn,
 * .gov.ru, .gov/.mil, .edu.cn/.ac.cn or .edu gets that type and country, any other host 'other' (then edit
 * its row by hand: name in EN/ZH/RU, type, languages, country, from what the outlet is, never a guess).
 * Usage: node --import tsx scripts/outlets-add-hosts.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostOf, type Outlet, type OutletTable } from '../data/outlets';
import { datasetSourceUrls } from './dataset-source-urls';

const root = join(import.meta.dirname, '..');
const file = join(root, 'data', 'outlets.json');
const table = JSON.parse(readFileSync(file, 'utf8')) as OutletTable;

const urls = datasetSourceUrls(root);

const RULES: Array<[RegExp, Outlet]> = [
  [/\.gov\.cn$/, { type: 'official', country: 'CN' }],
  [/\.gov\.ru$/, { type: 'official', country: 'RU' }],
  [/\.(gov|mil)$/, { type: 'official', country: 'US' }],
  [/\.(edu|ac)\.cn$/, { type: 'scholarly', country: 'CN' }],
  [/\.edu$/, { type: 'scholarly', country: 'US' }],
];

const added: string[] = [];
for (const host of new Set(urls.map(hostOf).filter((h): h is string => !!h))) {
  if (table[host]) continue;
  table[host] = RULES.find(([re]) => re.test(host))?.[1] ?? { type: 'other' };
  added.push(host);
}
const keys = Object.keys(table).sort();
writeFileSync(file, `{\n${keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(table[k])}`).join(',\n')}\n}\n`);
console.log(added.length ? `added ${added.length} hosts: ${added.sort().join(', ')}` : 'every source host is in the table');
