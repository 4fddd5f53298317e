/**
 * The page's publication date, read from the live DOM the way news sites declare it: Open Graph /
 * article meta tags, schema.org JSON-LD, microdata, then a <time datetime> in the article.
 * Returns 'YYYY-MM-DD' (the publisher's local date, as written) or undefined.
 */

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'meta[property="og:published_time"]',
];

const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})/;

export function isoDay(value: string | null | undefined): string | undefined {
  const m = value ? ISO_DAY.exec(value) : null;
  if (!m) return undefined;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** datePublished anywhere in a JSON-LD value (objects, arrays, @graph). */
function fromJsonLd(value: unknown, depth = 0): string | undefined {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const d = fromJsonLd(v, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const obj = value as Record<string, unknown>;
  const direct = typeof obj.datePublished === 'string' ? isoDay(obj.datePublished) : undefined;
  if (direct) return direct;
  for (const v of Object.values(obj)) {
    if (typeof v === 'object') {
      const d = fromJsonLd(v, depth + 1);
      if (d) return d;
    }
  }
  return undefined;
}

export function readPublishedDate(doc: Document = document): string | undefined {
  for (const sel of META_SELECTORS) {
    const d = isoDay(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // JSON.parse only reads data; nothing in it runs.
      const d = fromJsonLd(JSON.parse(script.textContent ?? ''));
      if (d) return d;
    } catch {
      // Broken JSON-LD is common; try the next block.
    }
  }
  const time =
    doc.querySelector('time[itemprop="datePublished"][datetime]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[pubdate][datetime]') ??
    doc.querySelector('time[datetime]');
  return isoDay(time?.getAttribute('datetime'));
}
