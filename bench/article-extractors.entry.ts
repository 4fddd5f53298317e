/**
 * Bundled by bench/article-extractors.ts into the page under test (real Chromium): the four steps whose
 * cost is compared, each run on the live document as the content script would.
 */
import { Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { extractText, makeSkipTest } from '../entrypoints/content/extract-text';
import { findLayout } from '../lib/article/find-article';
import { layoutRegions } from '../lib/article/layout-regions';

const skip = makeSkipTest();

function treeWalker() {
  return extractText(document.body, skip).text.length;
}

/** Our step: find the layout and map it to offsets of a text table read just before (not timed here). */
function ours(table: ReturnType<typeof extractText>) {
  const index = new Map<Text, number>();
  table.nodes.forEach((n, i) => index.set(n, i));
  const t0 = performance.now();
  const regions = layoutRegions(findLayout(document), {
    segments: [{ root: document.body, base: 0, length: table.text.length }],
    spanOf: (n) => {
      const i = index.get(n);
      return i === undefined ? undefined : { span: [table.starts[i]!, table.starts[i]! + table.lengths[i]!], segment: 0 };
    },
  });
  return { ms: performance.now() - t0, regions: regions.length };
}

function readability() {
  const clone = document.cloneNode(true) as Document;
  return new Readability(clone).parse()?.textContent?.length ?? 0;
}

function defuddle() {
  const clone = document.cloneNode(true) as Document;
  return new Defuddle(clone).parse().content.length;
}

let table: ReturnType<typeof extractText> | undefined;

(globalThis as unknown as { __extractors: unknown }).__extractors = {
  time(name: 'treeWalker' | 'ours' | 'readability' | 'defuddle') {
    // The text table is read once per page (the content script has it already): what is timed is the step.
    if (name === 'ours') return ours((table ??= extractText(document.body, skip))).ms;
    const fn = { treeWalker, readability, defuddle }[name];
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  },
};
