/**
 * The `lens` command line: the extension's own engine, on files.
 *   lens scan FILE... [--json] [--published YYYY-MM-DD]   (.txt or .html)
 *   lens events [--json] [--q WORDS]
 *   lens entities [--json]
 * Bad input gets one clear line on stderr and a non-zero exit; good files are still reported.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Engine } from '../core/engine';
import { inSpans } from '../core/regions';
import type { TextRegion } from '../core/types';
import { readHtmlPage } from './read-html-page';
import { normalizeDate, publishedFromHtml, publishedFromText } from '../core/published-date';
import { searchEvents, eventJson, entityJson } from './lens-events';
import type { Dataset, Event } from '../core/types';

/** The dataset (4 MB of JSON) and the engine load only once a command needs them: bad input is answered at once. */
const loadDataset = async (): Promise<Dataset> => (await import('../data/dataset')).dataset;
const loadEngine = async (): Promise<Engine> => (await import('../core/engine')).createEngine(await loadDataset());

const USAGE = `usage:
  lens scan FILE... [--json] [--published YYYY-MM-DD]
  lens events [--json] [--q WORDS]
  lens entities [--json]`;

class InputError extends Error {}

function fail(message: string, code = 2): never {
  process.stderr.write(`lens: ${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]) {
  const files: string[] = [];
  const flags: { json: boolean; published?: string; q?: string } = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') flags.json = true;
    else if (a === '--published' || a === '--q') {
      const v = argv[++i];
      if (v === undefined) fail(`${a} needs a value\n${USAGE}`);
      if (a === '--q') flags.q = [flags.q, v].filter(Boolean).join(' ');
      else flags.published = v;
    } else if (a.startsWith('--published=')) flags.published = a.slice(12);
    else if (a.startsWith('--q=')) flags.q = a.slice(4);
    else if (a.startsWith('--')) fail(`unknown option '${a}'\n${USAGE}`);
    else if (flags.q !== undefined && files.length === 0 && argv[0] !== 'scan') flags.q += ` ${a}`;
    else files.push(a);
  }
  return { files, flags };
}

function readInput(file: string): { text: string; published?: string; regions?: TextRegion[] } {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not a .txt or .html file`);
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new InputError(`${file}: empty file`);
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(`${file}: binary file, expected text or HTML`);
  const raw = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const bad = (raw.slice(0, 8192).match(/\ufffd/g) ?? []).length;
  if (bad > 16) throw new InputError(`${file}: not UTF-8 text`);
  const ext = extname(file).toLowerCase();
  const isHtml = ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*<(?:!doctype|html|head|body)/i.test(raw));
  // HTML is read as the extension reads a page: its text, and where its article (or story blocks) is.
  const page = isHtml ? readHtmlPage(raw) : null;
  const text = page ? page.text : raw;
  if (!text.trim()) throw new InputError(`${file}: no text in it`);
  return { text, published: isHtml ? publishedFromHtml(raw) : publishedFromText(raw), regions: page?.regions };
}

async function scan(files: string[], flags: { json: boolean; published?: string }): Promise<number> {
  if (files.length === 0) fail(`scan needs at least one FILE\n${USAGE}`);
  let forced: string | undefined;
  if (flags.published !== undefined) {
    forced = normalizeDate(flags.published);
    if (!forced) fail(`--published wants YYYY-MM-DD, got '${flags.published}'`);
  }
  // Built on the first readable file: a run that only rejects bad input need not pay the build.
  let engine: Engine | undefined;
  let status = 0;
  for (const file of files) {
    let input;
    try {
      input = readInput(file);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      process.stderr.write(`lens: ${err.message}\n`);
      status = 1;
      continue;
    }
    const published = forced ?? input.published;
    engine ??= await loadEngine();
    const features = engine.analyze(input.text, published);
    const analysis = engine.summarize(features, published, undefined, input.regions);
    // What the extension marks by default: references in the regions found to be about China–Russia.
    const body = analysis.body;
    const marked = body?.length ? analysis.references.filter((r) => inSpans(body, r.start)) : analysis.references;
    const record = {
      file,
      sinoRussian: analysis.sinoRussian,
      score: analysis.score,
      published: analysis.published ?? null,
      judged: analysis.judged ?? null,
      references: marked.map(({ text, start, end, entityId }) => ({ text, start, end, entityId })),
      entities: analysis.entities.map(({ id, name, type, count }) => ({ id, name, type, count })),
      dates: features.dates.map(({ text, start, end, date, precision }) => ({ text, start, end, date, precision })),
      events: analysis.events.map(({ id, date, endDate, title, score, why }) => ({ id, date, endDate: endDate ?? null, title, score, why })),
    };
    if (flags.json) process.stdout.write(`${JSON.stringify(record)}\n`);
    else process.stdout.write(report(record, analysis.reasons));
  }
  return status;
}

type ScanRecord = {
  file: string; sinoRussian: boolean; score: number; published: string | null;
  entities: { name: string; type: string; count: number }[];
  dates: { text: string; date: string; precision: string }[];
  events: { id: string; date: string; endDate: string | null; title: string; score: number; why: string[] }[];
};

function report(r: ScanRecord, reasons: string[]): string {
  const lines = [
    `${r.file}`,
    `  China–Russia: ${r.sinoRussian ? 'yes' : 'no'} (score ${r.score.toFixed(2)}${reasons.length ? `; ${reasons.join('; ')}` : ''})`,
    `  published: ${r.published ?? 'unknown'}`,
    `  entities: ${r.entities.map((e) => `${e.name} ×${e.count}`).join(', ') || 'none'}`,
    `  dates: ${r.dates.map((d) => `'${d.text}' → ${d.date}`).join(', ') || 'none'}`,
    '  events:',
    ...(r.events.length
      ? r.events.map((e, i) => `   ${String(i + 1).padStart(2)}. ${e.date}${e.endDate ? `…${e.endDate}` : ''}  ${e.title}\n       (${e.score.toFixed(1)}: ${e.why.join('; ')})`)
      : ['    none']),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

async function events(flags: { json: boolean; q?: string }, extra: string[]): Promise<number> {
  const dataset = await loadDataset();
  const q = [flags.q, ...extra].filter(Boolean).join(' ').trim();
  const list: Event[] = q ? searchEvents(dataset, q) : dataset.events;
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(list.map(eventJson), null, 1)}\n`);
    return 0;
  }
  if (q && list.length === 0) {
    process.stderr.write(`lens: no event matches '${q}'\n`);
    return 1;
  }
  for (const e of list) process.stdout.write(`${e.date}${e.endDate ? `…${e.endDate}` : ''}  ${e.kind.padEnd(14)} ${e.title}  [${e.id}]\n`);
  if (!q) process.stdout.write(`${list.length} events\n`);
  return 0;
}

async function entities(flags: { json: boolean }): Promise<number> {
  const dataset = await loadDataset();
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(dataset.entities.map(entityJson), null, 1)}\n`);
    return 0;
  }
  for (const e of dataset.entities) process.stdout.write(`${e.type.padEnd(13)} ${e.name}${e.names?.zh ? ` · ${e.names.zh}` : ''}${e.names?.ru ? ` · ${e.names.ru}` : ''}  [${e.id}]\n`);
  process.stdout.write(`${dataset.entities.length} entities\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const { files, flags } = parseArgs(rest);
  if (command === 'scan') return scan(files, flags);
  if (command === 'events') return events(flags, files);
  if (command === 'entities') return entities(flags);
  fail(`unknown command '${command}'\n${USAGE}`);
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
