/**
 * Build step (wxt.config.ts): `<link rel="modulepreload">` in an HTML page for the chunks its entry loads
 * with `import()`, and `<link rel="stylesheet">` for their CSS. The popup's entry is a small chunk that asks
 * the tab and starts its work before importing the UI (entrypoints/popup/main.tsx); without these links
 * the UI's chunks were only requested once that entry had run, one round trip after it. Vite's preload
 * helper finds the links already there and adds nothing at import time.
 */
import type { Plugin } from 'vite';

interface Chunkish {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: string[];
  dynamicImports?: string[];
  viteMetadata?: { importedCss?: Set<string> };
}

/** The files (chunks, then CSS) that the entry's dynamic imports need, each once. */
export function lazyChunkFiles(entry: Chunkish, bundle: Record<string, Chunkish>): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (!chunk || chunk.type !== 'chunk' || scripts.has(fileName) || fileName === entry.fileName) return;
    scripts.add(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const lazy of entry.dynamicImports ?? []) visit(lazy);
  // The entry's own static imports are preloaded by Vite already.
  for (const dep of entry.imports ?? []) scripts.delete(dep);
  for (const css of entry.viteMetadata?.importedCss ?? []) styles.delete(css);
  return { scripts: [...scripts], styles: [...styles] };
}

/** `pages`: the entrypoint directories whose HTML gets the links (e.g. ['popup']). */
export function preloadLazyChunks(pages: string[]): Plugin {
  let base = '/';
  return {
    name: 'lens:preload-lazy-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.chunk || !pages.some((p) => ctx.path.includes(`/entrypoints/${p}/`))) return;
        const { scripts, styles } = lazyChunkFiles(ctx.chunk as unknown as Chunkish, ctx.bundle as unknown as Record<string, Chunkish>);
        return [
          ...styles.map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: base + href }, injectTo: 'head' as const })),
          ...scripts.map((href) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + href }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}
