/**
 * Which main-text step? Our scorer (lib/article) against @mozilla/readability (Firefox Reader View) and
 * defuddle, on the layout fixtures (tests/fixtures/pages/layouts.json):
 * - accuracy (Node, jsdom): article phrases kept, chrome phrases leaked, pages with no article told
 *   apart, and the engine's verdict on what each extractor kept (the measure that matters to a reader);
 * - cost (real Chromium): each step on a normal article and on a ~10 MB page, as a ratio to the
 *   TreeWalker pass the content script already makes, measured in the same run (medians).
 *   node --import tsx bench/article-extractors.ts [--no-browser]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readHtmlPage } from '../scripts/read-html-page';
import { fixturePagesDir } from '../scripts/fixture-pages';
import { startFixtureServer } from '../scripts/fixture-server';
import { createEngine } from '../core/engine';
import { dataset } from '../data/dataset';

interface LayoutPage { file: string; article: boolean; sinoRussian: boolean; body: string[]; chrome: string[]; heldOut?: boolean }
const truth = JSON.parse(readFileSync(join(fixturePagesDir, 'layouts.json'), 'utf8')) as { pages: LayoutPage[] };
const engine = createEngine(dataset);
const norm = (s: string) => s.replace(/\s+/g, ' ');

type Extracted = { text: string | null; verdict: boolean };

function withOurs(html: string): Extracted {
  const page = readHtmlPage(html);
  const articles = page.regions.filter((r) => r.kind === 'article');
  const text = articles.length ? articles.flatMap((r) => r.spans.map(([s, e]) => page.text.slice(s, e))).join('\n') : null;
  const verdict = engine.summarize(engine.analyze(page.text), undefined, 10, page.regions).sinoRussian;
  return { text, verdict };
}

function withReadability(html: string): Extracted {
  const doc = new JSDOM(html, { url: 'https://example.invalid/' }).window.document;
  // Reader View only offers itself when the page looks like an article.
  if (!isProbablyReaderable(doc)) return { text: null, verdict: engine.scan(doc.body.textContent ?? '').analysis.sinoRussian };
  const text = new Readability(doc).parse()?.textContent ?? null;
  return { text, verdict: text ? engine.scan(text).analysis.sinoRussian : false };
}

function withDefuddle(html: string): Extracted {
  const doc = new JSDOM(html, { url: 'https://example.invalid/' }).window.document;
  const content = new Defuddle(doc).parse().content;
  const text = content ? new JSDOM(`<body>${content}</body>`).window.document.body.textContent : null;
  return { text, verdict: text ? engine.scan(text).analysis.sinoRussian : false };
}

function accuracy() {
  const rows: string[] = [];
  const totals: Record<string, { kept: number; leaked: number; noArticle: number; verdicts: number }> = {};
  let bodyPhrases = 0;
  let chromePhrases = 0;
  for (const p of truth.pages) {
    const html = readFileSync(join(fixturePagesDir, p.file), 'utf8');
    bodyPhrases += p.body.length;
    chromePhrases += p.chrome.length;
    const cells: string[] = [];
    for (const [name, run] of [['ours', withOurs], ['readability', withReadability], ['defuddle', withDefuddle]] as const) {
      const t = (totals[name] ??= { kept: 0, leaked: 0, noArticle: 0, verdicts: 0 });
      const out = run(html);
      const text = norm(out.text ?? '');
      const kept = p.body.filter((b) => text.includes(b)).length;
      const leaked = p.chrome.filter((c) => text.includes(c)).length;
      t.kept += kept;
      t.leaked += leaked;
      if (!p.article && out.text === null) t.noArticle++;
      if (out.verdict === p.sinoRussian) t.verdicts++;
      cells.push(`${name} ${kept}/${p.body.length} kept ${leaked}/${p.chrome.length} leaked ${out.verdict === p.sinoRussian ? 'verdict ok' : 'VERDICT WRONG'}`);
    }
    rows.push(`${p.file}${p.heldOut ? ' (held out)' : ''}: ${cells.join(' | ')}`);
  }
  const fronts = truth.pages.filter((p) => !p.article).length;
  console.log('Accuracy on the layout fixtures (jsdom):');
  for (const r of rows) console.log(`  ${r}`);
  console.log(`  totals over ${truth.pages.length} pages (${bodyPhrases} article phrases, ${chromePhrases} chrome phrases, ${fronts} page(s) without an article):`);
  for (const [name, t] of Object.entries(totals)) {
    console.log(`    ${name.padEnd(12)} kept ${t.kept}/${bodyPhrases}, leaked ${t.leaked}/${chromePhrases}, said 'no article' on ${t.noArticle}/${fronts} fronts, right verdict on ${t.verdicts}/${truth.pages.length}`);
  }
}

/** ~`bytes` of a long live-blog-like article with rails, in our own words. */
export function bigPage(bytes: number): string {
  const words = 'the council market weather report city railway school harvest museum river village budget festival season garden library bridge port street committee plan year week morning evening local national new old said announced reported expected visited opened closed'.split(' ');
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const sentence = () => Array.from({ length: 24 }, () => words[Math.floor(rand() * words.length)]).join(' ') + ', and more.';
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const p = `<p>${sentence()} ${sentence()} ${sentence()}</p>\n`;
    parts.push(n % 40 === 0 ? `<h2>Update ${n / 40}</h2>\n${p}` : p);
    size += p.length;
  }
  const rail = `<aside class="rail"><h2>Most read</h2><ol>${Array.from({ length: 10 }, (_, i) => `<li><a href="/r${i}">Story ${i} of the day</a></li>`).join('')}</ol></aside>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Archive</title></head><body><header><nav><a href="/">Home</a></nav></header><main><article><h1>The year in review, hour by hour</h1><div class="article-body">${parts.join('')}</div></article>${rail}</main><footer>Footer</footer></body></html>`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function cost() {
  const bundle = await build({ entryPoints: [join(import.meta.dirname, 'article-extractors.entry.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', loader: { '.json': 'json' } });
  const script = bundle.outputFiles[0]!.text;
  const server = await startFixtureServer();
  const big = server.addPage('big-article.html', bigPage(10 * 1024 * 1024));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    console.log('\nCost in real Chromium (median ms; ratio to the TreeWalker pass measured in the same run):');
    for (const [label, url, rounds] of [
      ['normal article (layout-talks-ru.html)', server.url('/pages/layout-talks-ru.html'), 31],
      ['~10 MB article page', big, 9],
    ] as const) {
      // Each group in a fresh page: cloning a 10 MB document for Readability and defuddle, or reading its
      // text, leaves garbage whose collection would land in whichever step runs next.
      const times: Record<string, number[]> = { treeWalker: [], ours: [], readability: [], defuddle: [] };
      for (const group of [['treeWalker'], ['ours'], ['readability', 'defuddle']]) {
        const page = await browser.newPage();
        await page.goto(url, { timeout: 120000 });
        await page.addScriptTag({ content: script });
        const n = group[0] === 'readability' && label.startsWith('~10') ? 3 : rounds;
        for (let i = 0; i < n; i++) {
          // Interleaved, so a slow moment of the machine hits every step alike.
          for (const name of group) {
            const ms = await page.evaluate((k) => (globalThis as unknown as { __extractors: { time(k: string): number } }).__extractors.time(k), name);
            times[name]!.push(ms);
          }
        }
        await page.close();
      }
      const base = median(times.treeWalker!);
      const cells = Object.entries(times).map(([name, xs]) => `${name} ${median(xs).toFixed(2)} ms (×${(median(xs) / base).toFixed(2)})`);
      const ours = [...times.ours!].sort((x, y) => x - y);
      console.log(`  ${label}: ${cells.join(', ')}`);
      console.log(`    ours, ${ours.length} runs (one synchronous task each): ${ours.map((x) => x.toFixed(1)).join(', ')} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--no-accuracy')) accuracy();
  if (!process.argv.includes('--no-browser')) await cost();
  console.log(`(load average while measured: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')})`);
}
