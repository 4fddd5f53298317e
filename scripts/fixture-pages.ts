/**
 * Turns plain-text news articles into realistic news pages (navigation, ads, comments, publication
 * metadata, JSON-LD), the way a reader meets them, for the demo and the e2e tests.
 * Two sets share one format (an index.json beside .txt files):
 * - the project's own articles in tests/fixtures/articles/ (written by us, EN/ZH/RU): what `npm test` uses;
 * - the five seed articles in ../shared/fixtures/seed-articles (or LENS_SEED_DIR): only `npm run eval:seeds`
 *   and the demo use them, where that folder exists. They are not ours to ship.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** ../shared sits beside the repo on developer machines and in CI. */
export function seedDir(): string {
  return process.env.LENS_SEED_DIR ?? resolve(repoRoot, '..', 'shared', 'fixtures', 'seed-articles');
}

/** The project's own news articles, in the repository. */
export const articlesDir = join(repoRoot, 'tests', 'fixtures', 'articles');

export interface SeedArticle {
  file: string;
  slug: string;
  /** Language of the article text (the seed index has none: English). */
  lang: string;
  published: string;
  text: string;
  entities: string[];
  refersTo: { date: string; what: string }[];
}

/** The seed articles where ../shared (or LENS_SEED_DIR) is present, else none. */
export function loadSeedArticles(dir = seedDir()): SeedArticle[] {
  return loadArticles(dir);
}

/** The project's own fixture articles: always present. */
export function loadFixtureArticles(): SeedArticle[] {
  const articles = loadArticles(articlesDir);
  if (articles.length === 0) throw new Error(`no fixture articles in ${articlesDir}`);
  return articles;
}

export function loadArticles(dir: string): SeedArticle[] {
  const indexPath = join(dir, 'index.json');
  if (!existsSync(indexPath)) return [];
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as {
    articles: { file: string; lang?: string; published: string; entities: string[]; refers_to: { date: string; what: string }[] }[];
  };
  return index.articles.map((a) => ({
    file: a.file,
    slug: basename(a.file, '.txt'),
    lang: a.lang ?? 'en',
    published: a.published,
    text: readFileSync(join(dir, a.file), 'utf8'),
    entities: a.entities,
    refersTo: a.refers_to,
  }));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Drops the ' date YYYY-MM-DD' prefix some fixtures carry: it is metadata, not article text. */
function bodyParagraphs(text: string): string[] {
  return text
    .replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '')
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function renderArticlePage(article: SeedArticle): string {
  const paragraphs = bodyParagraphs(article.text);
  const title = paragraphs[0]!.length < 140 ? paragraphs.shift()! : paragraphs[0]!.split(/(?<=[.!?])\s/)[0]!.slice(0, 120);
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: `${article.published}T08:00:00Z`,
    author: { '@type': 'Person', name: 'Staff reporter' },
  }).replace(/</g, '\\u003c');
  const body = paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(article.lang)}">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)} | The Daily Courier</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="${article.published}T08:00:00+00:00">
  <script type="application/ld+json">${jsonLd}</script>
  <style>
    body { font: 18px/1.6 Georgia, serif; margin: 0; color: #1a1a1a; background: #fff; }
    header, footer { background: #0b2545; color: #fff; padding: 10px 24px; }
    header nav a { color: #fff; margin-right: 16px; text-decoration: none; font-family: sans-serif; }
    main { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 32px; padding: 24px; }
    .ad { border: 1px dashed #aaa; padding: 12px; font-family: sans-serif; font-size: 13px; color: #555; }
    .comments { border-top: 1px solid #ddd; margin-top: 32px; font-family: sans-serif; font-size: 15px; }
  </style>
</head>
<body>
  <header><nav aria-label="Sections"><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a><a href="/opinion">Opinion</a><a href="/sport">Sport</a></nav></header>
  <main>
    <article>
      <h1>${escapeHtml(title)}</h1>
      <p class="byline">By Staff reporter · <time datetime="${article.published}">${article.published}</time></p>
${body}
      <section class="comments" aria-label="Comments">
        <h2>Comments (2)</h2>
        <div class="comment"><b>reader42</b><p>Interesting read, thanks.</p></div>
        <div class="comment"><b>mapfan</b><p>Would love a map of the route next time.</p></div>
        <form><textarea aria-label="Your comment" placeholder="Add a comment"></textarea><button type="button">Post</button></form>
      </section>
    </article>
    <aside>
      <div class="ad">Advertisement · Summer sale on garden furniture, up to 40% off.</div>
      <h3>Most read</h3>
      <ol><li>Local council approves new cycle lanes</li><li>Ten recipes for a rainy weekend</li></ol>
    </aside>
  </main>
  <footer>© The Daily Courier · Contact · Privacy</footer>
</body>
</html>
`;
}

export function renderIndexPage(articles: SeedArticle[], seeds: SeedArticle[], pages: string[]): string {
  const list = (route: string, set: SeedArticle[]) =>
    set.map((a) => `<li><a href="/${route}/${a.slug}.html">${escapeHtml(a.slug)}</a> (${a.lang}, ${a.published})</li>`).join('\n');
  const extra = pages.map((p) => `<li><a href="/pages/${encodeURIComponent(p)}">${escapeHtml(p)}</a></li>`).join('\n');
  const seedPart = seeds.length ? `<h2>Seed news articles</h2><ul>${list('seed', seeds)}</ul>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>China–Russia Lens demo pages</title></head>
<body style="font:16px/1.5 sans-serif;margin:24px"><h1>Demo pages</h1><h2>News articles</h2><ul>${list('article', articles)}</ul>${seedPart}<h2>Other test pages</h2><ul>${extra}</ul></body></html>`;
}

export const fixturePagesDir = join(repoRoot, 'tests', 'fixtures', 'pages');

export function listFixturePages(): string[] {
  return existsSync(fixturePagesDir) ? readdirSync(fixturePagesDir).filter((f) => f.endsWith('.html')).sort() : [];
}
