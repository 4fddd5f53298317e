/**
 * addons.mozilla.org's own linter (web-ext lint, the npm package) on the built Firefox add-on: no errors.
 * Its warnings are printed for a person to read; today they are Preact's innerHTML code path (never fed
 * page text: we render text nodes) and a manifest key Firefox for Android ignores.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { firefoxExtensionDir } from './firefox-harness';

describe('web-ext lint', () => {
  it('finds no errors in the Firefox build', async () => {
    expect(existsSync(join(firefoxExtensionDir, 'manifest.json')), `build it first: npm run build:firefox`).toBe(true);
    const result = (await webExt.cmd.lint(
      { sourceDir: firefoxExtensionDir, output: 'none', selfHosted: false, boring: true, warningsAsErrors: false },
      { shouldExitProgram: false },
    )) as { errors: { code: string; message: string; file?: string }[]; warnings: { code: string; message: string; file?: string }[] };
    for (const w of result.warnings) console.log(`[web-ext lint] warning ${w.code}: ${w.message} (${w.file ?? 'manifest'})`);
    expect(result.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`)).toEqual([]);
  }, 120000);
});
