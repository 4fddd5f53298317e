/**
 * The content script's bundle does not grow with the dataset: nothing it imports, directly or through
 * other modules, reaches the bundled data (data/dataset.ts, data/entities, data/events). The engine and
 * the data live in the background; the content script sends text and receives answers. The background's
 * own bundle does not carry the dataset either: it reads the file the build writes (`dataset.json.gz`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

function resolveModule(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined; // a package: not our data
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.(ts|tsx|json|css)$/.test(candidate)) return candidate;
  }
  return undefined;
}

/** Every local module reachable by value imports ('import type' is erased from the bundle); `packages` collects the packages they import. */
function reachable(entry: string, packages = new Set<string>()): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.(ts|tsx)$/.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(IMPORT)) {
      if (/^\s*(?:import|export)\s+type\s/.test(m[0].replace(/^\n/, ''))) continue;
      const next = resolveModule(file, m[1]!);
      if (next) queue.push(next);
      else if (!m[1]!.startsWith('.')) packages.add(m[1]!);
    }
  }
  return seen;
}

describe('content script bundle', () => {
  it('imports nothing of the bundled dataset', () => {
    const files = [...reachable(resolve(root, 'entrypoints/content/index.ts'))].map((f) => f.slice(root.length + 1));
    expect(files.length).toBeGreaterThan(10);
    expect(files).toContain('entrypoints/content/page-lens.ts');
    const data = files.filter((f) => f === 'data/dataset.ts' || f.startsWith('data/entities/') || f.startsWith('data/events/'));
    expect(data).toEqual([]);
  });

  it('keeps the UI (Preact, components, catalogues) out of the first-marks script: it is the UI chunk', () => {
    const packages = new Set<string>();
    const files = [...reachable(resolve(root, 'entrypoints/content/index.ts'), packages)].map((f) => f.slice(root.length + 1));
    expect(files).toContain('entrypoints/content/ui-chunk.ts');
    const ui = files.filter((f) => f.startsWith('components/') && !f.endsWith('.css'));
    expect(ui).toEqual([]);
    expect(files.filter((f) => f.startsWith('locales/') || f === 'lib/i18n/i18n.ts' || f === 'lib/i18n/use-i18n.tsx')).toEqual([]);
    expect([...packages].filter((p) => p === 'preact' || p.startsWith('preact/'))).toEqual([]);
    // The chunk itself has them (the walk would notice).
    const chunkPackages = new Set<string>();
    const chunk = [...reachable(resolve(root, 'entrypoints/content-ui.ts'), chunkPackages)].map((f) => f.slice(root.length + 1));
    expect(chunk).toContain('components/card/Card.tsx');
    expect(chunk).toContain('locales/en.json');
    expect(chunkPackages.has('preact')).toBe(true);
  });

  it('would notice if it did (the walk follows imports into data/)', () => {
    const files = [...reachable(resolve(root, 'scripts/dataset-asset.ts'))].map((f) => f.slice(root.length + 1));
    expect(files).toContain('data/dataset.ts');
    expect(files.some((f) => f.startsWith('data/events/'))).toBe(true);
  });
});

describe('background bundle', () => {
  it('carries no dataset: it reads the build\'s dataset file (lib/background/bundled-dataset.ts)', () => {
    const files = [...reachable(resolve(root, 'entrypoints/background.ts'))].map((f) => f.slice(root.length + 1));
    expect(files).toContain('lib/background/scan-handlers.ts');
    expect(files).toContain('lib/background/ensure-seeded.ts');
    const data = files.filter((f) => f === 'data/dataset.ts' || f.startsWith('data/entities/') || f.startsWith('data/events/'));
    expect(data).toEqual([]);
  });
});
