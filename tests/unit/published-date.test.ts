import { describe, expect, it } from 'vitest';
import { normalizeDate, publishedFromHtml, publishedFromText, publishedFromUrl } from '../../core/published-date';
import { htmlToText } from '../../core/html-to-text';

describe('publication date from HTML', () => {
  it('prefers article meta tags, keeping the publisher’s local day', () => {
    const html = `<html><head><meta property="og:title" content="x"><meta content="2024-05-16T01:30:00+08:00" property="article:published_time"><meta name="date" content="2020-01-01"></head></html>`;
    expect(publishedFromHtml(html)).toBe('2024-05-16');
  });
  it('reads itemprop, parsely, dc.date and sailthru metas', () => {
    expect(publishedFromHtml(`<meta itemprop="datePublished" content="2023-03-17">`)).toBe('2023-03-17');
    expect(publishedFromHtml(`<meta name="parsely-pub-date" content="2022-09-15T10:00:00Z">`)).toBe('2022-09-15');
    expect(publishedFromHtml(`<meta name="DC.date.issued" content="2021/06/27">`)).toBe('2021-06-27');
    expect(publishedFromHtml(`<meta name="sailthru.date" content="Thu, 16 May 2024 08:00:00 GMT">`)).toBe('2024-05-16');
  });
  it('reads JSON-LD datePublished, also inside @graph, and survives broken JSON', () => {
    const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
    expect(publishedFromHtml(`<script type="application/ld+json">{broken</script>${ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2022-12-30T09:00:00+03:00' }] })}`)).toBe('2022-12-30');
    expect(publishedFromHtml(ld([{ '@type': 'NewsArticle', datePublished: '2019-12-02' }]))).toBe('2019-12-02');
  });
  it('falls back to <time datetime>, then the URL', () => {
    expect(publishedFromHtml('<p>Posted <time datetime="2014-05-21">May 21</time></p>')).toBe('2014-05-21');
    expect(publishedFromHtml('<link rel="canonical" href="https://news.example/world/2024/05/16/putin-beijing/">')).toBe('2024-05-16');
    expect(publishedFromHtml('<p>nothing</p>', 'https://example.cn/n/20240516/c1.html')).toBe('2024-05-16');
    expect(publishedFromHtml('<p>nothing</p>')).toBeUndefined();
  });
  it('normalises and rejects', () => {
    expect(normalizeDate('2024-02-30')).toBeUndefined();
    expect(normalizeDate('16.05.2024')).toBe('2024-05-16');
    expect(normalizeDate('yesterday')).toBeUndefined();
    expect(publishedFromUrl('https://x.org/a/1234/56/78/')).toBeUndefined();
  });
  it('reads a leading date line of a plain-text article', () => {
    expect(publishedFromText(' date 2024-05-17 Chinese leader Xi Jinping')).toBe('2024-05-17');
    expect(publishedFromText('Chinese leader, date 2024-05-17')).toBeUndefined();
  });
});

describe('htmlToText', () => {
  it('keeps article text, drops scripts, styles and navigation, decodes entities', () => {
    const html = `<html><head><title>T</title><style>p{}</style></head><body><nav>Home | World</nav>
      <h1>Putin&nbsp;in Beijing</h1><p>Xi &amp; Putin met &#8212; &#x4e60;&hellip;</p><script>var a = "<p>no</p>";</script><p>Second<br>line</p><footer>© x</footer></body></html>`;
    expect(htmlToText(html)).toBe('Putin in Beijing\n\nXi & Putin met — 习…\n\nSecond\nline');
  });
  it('renders tags as text, never executes or keeps them', () => {
    expect(htmlToText('<img src=x onerror=alert(1)>a<b>b</b>')).toBe('ab');
  });
});
