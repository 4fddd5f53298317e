/**
 * When a page was published, read from its HTML as a string (no DOM: the CLI and the background
 * share it). Sources in order of trust: article meta tags, JSON-LD `datePublished`, the first
 * `<time datetime>`, a date in the canonical URL. Plain text gets a leading 'date YYYY-MM-DD'.
 * A publisher's local date is kept as written: '2024-05-16T01:00+08:00' is the 16th.
 */
import { isPartialDate } from './dates/partial-date';

const META_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'pubdate', 'publishdate', 'publish-date',
  'publication_date', 'article.published', 'date', 'og:published_time', 'article:modified_time',
];
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(tag); m !== null; m = ATTR.exec(tag)) out[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

/** 'YYYY-MM-DD' from the common machine formats, or undefined. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T|\s)/.exec(v);
  if (m) {
    const d = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    return isPartialDate(d) ? d : undefined;
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (m) {
    const d = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    return isPartialDate(d) ? d : undefined;
  }
  if (!/[a-z]{3}/i.test(v) || v.length > 64) return undefined;
  const t = Date.parse(v); // 'Thu, 16 May 2024 08:00:00 GMT', 'May 16, 2024'
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : undefined;
}

export function publishedFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = /\/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/_-]|$)/.exec(path) ?? /(?:^|[/_-])((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.-]|$)/.exec(path);
  return m ? normalizeDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}

function fromJsonLd(html: string): string | undefined {
  const re = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;
  for (let m = re.exec(html); m !== null; m = re.exec(html)) {
    let data: unknown;
    try {
      data = JSON.parse(m[1].trim());
    } catch {
      continue;
    }
    const found = findKey(data, 'datePublished', 0) ?? findKey(data, 'dateCreated', 0);
    const d = normalizeDate(found);
    if (d) return d;
  }
  return undefined;
}

function findKey(node: unknown, key: string, depth: number): string | undefined {
  if (depth > 8 || node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const v = findKey(item, key, depth + 1);
      if (v) return v;
    }
    return undefined;
  }
  const obj = node as Record<string, unknown>;
  if (typeof obj[key] === 'string') return obj[key] as string;
  for (const v of Object.values(obj)) {
    const found = findKey(v, key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function publishedFromHtml(html: string, url?: string): string | undefined {
  const head = html.length > 2_000_000 ? html.slice(0, 2_000_000) : html;
  const metas = new Map<string, string>();
  let canonical: string | undefined;
  for (const m of head.matchAll(/<(meta|link)\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    if (m[1].toLowerCase() === 'link') {
      if ((a.rel ?? '').toLowerCase() === 'canonical') canonical = a.href;
      continue;
    }
    const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
    if (key === 'og:url') canonical ??= a.content;
    if (key && a.content && !metas.has(key)) metas.set(key, a.content);
  }
  for (const key of META_KEYS) {
    if (key === 'article:modified_time') break; // modified dates only after every other source failed
    const d = normalizeDate(metas.get(key));
    if (d) return d;
  }
  const ld = fromJsonLd(head);
  if (ld) return ld;
  const time = /<time\b[^>]*\bdatetime\s*=\s*["']?([^"'\s>]+)/i.exec(head);
  const t = normalizeDate(time?.[1]);
  if (t) return t;
  return publishedFromUrl(canonical) ?? publishedFromUrl(url) ?? normalizeDate(metas.get('article:modified_time'));
}

/** Plain-text articles that start with a 'date YYYY-MM-DD' line or prefix. */
export function publishedFromText(text: string): string | undefined {
  const m = /^\s*(?:date|published|дата|日期)\s*[:：]?\s*(\d{4}-\d{2}-\d{2})/i.exec(text.slice(0, 200));
  return m ? normalizeDate(m[1]) : undefined;
}
