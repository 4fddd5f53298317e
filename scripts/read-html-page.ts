/**
 * An HTML file read as the extension reads a page: parsed (jsdom), its text taken by the content
 * script's own TreeWalker pass, and its article (or story blocks) found by the same lib/article code,
 * so `lens scan page.html` and the extension judge the same text. Node only (jsdom).
 */
import { createRequire } from 'node:module';
import type { JSDOM as JSDOMType } from 'jsdom';
import type { TextRegion } from '../core/types';
import { extractText, makeSkipTest } from '../entrypoints/content/extract-text';
import { findLayout } from '../lib/article/find-article';
import { layoutRegions } from '../lib/article/layout-regions';

export interface HtmlPage {
  text: string;
  regions: TextRegion[];
  /** The parsed document (tests look inside it). */
  document: Document;
}

/** Loaded on first use: jsdom takes a while to load, and `lens scan file.txt` never needs it. */
let JSDOM: typeof JSDOMType | undefined;

export function readHtmlPage(html: string, url = 'https://example.invalid/'): HtmlPage {
  JSDOM ??= (createRequire(import.meta.url)('jsdom') as { JSDOM: typeof JSDOMType }).JSDOM;
  const dom = new JSDOM(html, { url });
  const doc = dom.window.document;
  const root = doc.body ?? doc.documentElement;
  const table = extractText(root, makeSkipTest());
  const index = new Map<Text, number>();
  table.nodes.forEach((n, i) => index.set(n, i));
  const regions = layoutRegions(findLayout(doc), {
    segments: [{ root, base: 0, length: table.text.length }],
    spanOf: (n) => {
      const i = index.get(n);
      return i === undefined ? undefined : { span: [table.starts[i]!, table.starts[i]! + table.lengths[i]!], segment: 0 };
    },
  });
  return { text: table.text, regions, document: doc };
}
