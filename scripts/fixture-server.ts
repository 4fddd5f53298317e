/**
 * A tiny HTTP server on 127.0.0.1 for the demo and the e2e tests (content scripts skip file://).
 * /article/<slug>.html: one of our fixture articles as a news page (?block=<ms>: its head waits that long for a script); /seed/<slug>.html: a seed article (where
 * ../shared is present); /pages/<name>: tests/fixtures/pages/<name>;
 * /generated/<name>: pages registered at run time by tests (e.g. a 10 MB page).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fixturePagesDir, listFixturePages, loadFixtureArticles, loadSeedArticles, renderIndexPage, renderArticlePage } from './fixture-pages';

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Serve `html` at /generated/<name>. */
  addPage(name: string, html: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const articles = loadFixtureArticles();
  const seeds = loadSeedArticles();
  const generated = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const send = (status: number, body: string, type = 'text/html; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (path === '/' || path === '/index.html') return send(200, renderIndexPage(articles, seeds, listFixturePages()));
    const route = /^\/(article|seed)\/([\w.-]+)\.html$/.exec(path);
    if (route) {
      const article = (route[1] === 'seed' ? seeds : articles).find((a) => a.slug === route[2]);
      if (!article) return send(404, `no such ${route[1]} article`);
      // ?block=<ms>: the page's head loads a script that takes that long, as news sites' do: the page is parsed
      // (DOMContentLoaded) that much later (bench:cold's BLOCKING_MS).
      const block = Math.min(5000, Number(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('block')) || 0);
      const html = renderArticlePage(article);
      return send(200, block > 0 ? html.replace(/<head>/i, `<head><script src="/slow.js?ms=${block}"></script>`) : html);
    }
    const page = /^\/pages\/([\w.-]+)$/.exec(path);
    if (page) {
      const file = normalize(join(fixturePagesDir, page[1]!));
      if (file.startsWith(fixturePagesDir) && existsSync(file)) return send(200, readFileSync(file, 'utf8'));
      return send(404, 'no such page');
    }
    const gen = /^\/generated\/([\w.-]+)$/.exec(path);
    if (gen && generated.has(gen[1]!)) return send(200, generated.get(gen[1]!)!);
    if (path === '/slow.js') {
      const ms = Math.min(5000, Number(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('ms')) || 0);
      return void setTimeout(() => send(200, '/* a slow script of the page */', 'text/javascript'), ms);
    }
    if (path === '/favicon.ico') return send(204, '', 'image/x-icon');
    return send(404, 'not found');
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : `/${p}`),
    addPage(name, html) {
      generated.set(name, html);
      return `${origin}/generated/${name}`;
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
