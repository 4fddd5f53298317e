// @vitest-environment jsdom
/** Mark styles as CSS, which marks are painted (first mention, touching marks), and the light/dark decisions. */
import { describe, expect, it } from 'vitest';
import { choosePaint, lineColour, markStyleCss, paintDeclarations, paintName } from '../../entrypoints/content/mark-style';
import { markSpecs } from '../../entrypoints/content/mark-specs';
import { surfaceIsDark, ThemeWatch } from '../../entrypoints/content/theme-watch';
import { DEFAULT_SETTINGS, MARK_STYLES, withDefaults, type MarkStyle } from '../../lib/settings';
import { createEngine } from '../../core/engine';
import { dataset } from '../../data/dataset';

/** Rules of a stylesheet text as name → declarations. */
function rules(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of css.matchAll(/::highlight\(([\w-]+)\)\{([^}]*)\}/g)) out.set(m[1], m[2]);
  return out;
}

describe('mark styles as CSS', () => {
  it('the default is soft: a dotted underline with a faint tint, in no link blue or purple', () => {
    expect(DEFAULT_SETTINGS.markStyle).toBe('soft');
    const person = rules(markStyleCss('soft', false)).get('crlens-person')!;
    expect(person).toMatch(/text-decoration:underline dotted #[0-9a-f]{6} 2px/);
    expect(person).toMatch(/background-color:rgba\(/);
    // Blue- and purple-dominant lines are what links look like (unvisited / visited).
    for (const kind of ['person', 'organisation', 'place', 'agreement', 'date'] as const) {
      for (const dark of [false, true]) {
        const hex = lineColour(kind, dark);
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        expect(b > r && b > g, `${kind} ${dark ? 'dark' : 'light'} ${hex} is a link hue`).toBe(false);
      }
    }
  });

  it('never sets colour, and inside a link never a text-decoration (the link keeps its own look)', () => {
    for (const style of MARK_STYLES) {
      for (const dark of [false, true]) {
        const css = markStyleCss(style, dark);
        expect(css).not.toMatch(/(^|[;{])color:/);
        expect(css).not.toMatch(/display|position|margin|padding|font|border/);
        for (const [name, decl] of rules(css)) if (name.includes('-link')) expect(decl, name).not.toContain('text-decoration');
      }
    }
  });

  it('each style paints differently; "only on hover" paints nothing until the hover highlight', () => {
    const plain = { kind: 'place' as const, alt: false, inLink: false };
    const seen = new Set(MARK_STYLES.map((s: MarkStyle) => paintDeclarations(s, plain, false)));
    expect(seen.size).toBe(MARK_STYLES.length);
    expect(paintDeclarations('underline', plain, false)).toMatch(/underline solid/);
    expect(paintDeclarations('tint', plain, false)).not.toContain('text-decoration');
    const hover = rules(markStyleCss('hover', false));
    expect([...hover.keys()].sort()).toEqual(['crlens-current', 'crlens-hover']);
  });

  it('touching marks are painted apart: the alternate has another line style and a stronger tint', () => {
    for (const style of ['soft', 'underline', 'tint'] as const) {
      const a = paintDeclarations(style, { kind: 'place', alt: false, inLink: false }, false);
      const b = paintDeclarations(style, { kind: 'place', alt: true, inLink: false }, false);
      expect(a).not.toBe(b);
    }
    expect(paintName({ kind: 'place', alt: true, inLink: true })).toBe('crlens-place-link-b');
    expect(paintName({ kind: 'person', alt: false, inLink: false })).toBe('crlens-person');
  });

  it('a dark page gets a light line and a stronger tint', () => {
    const light = rules(markStyleCss('soft', false)).get('crlens-place')!;
    const dark = rules(markStyleCss('soft', true)).get('crlens-place')!;
    expect(dark).not.toBe(light);
    expect(dark).toContain(lineColour('place', true));
  });
});

describe('which marks are painted', () => {
  const m = (start: number, end: number, entityId?: string, date?: string) => ({ start, end, entityId, date });

  it('first mention only: later mentions of a name (or a date) are quiet', () => {
    const marks = [m(0, 3, 'xi'), m(10, 15, 'putin'), m(20, 23, 'xi'), m(30, 34, undefined, '2024-05-16'), m(40, 44, undefined, '2024-05-16'), m(50, 55, 'putin')];
    expect(choosePaint(marks, true).map((p) => p.quiet)).toEqual([false, false, true, false, true, true]);
    expect(choosePaint(marks, false).every((p) => !p.quiet)).toBe(true);
  });

  it('touching marks alternate (天津|上海合作组织|峰会), separated ones start over', () => {
    const marks = [m(0, 2, 'tianjin'), m(2, 8, 'sco'), m(8, 10, 'summit'), m(12, 14, 'beijing')];
    expect(choosePaint(marks, false).map((p) => p.alt)).toEqual([false, true, false, false]);
  });

  it('a quiet mark does not count as a neighbour', () => {
    const marks = [m(0, 2, 'a'), m(2, 4, 'a'), m(4, 6, 'b')];
    // The second 'a' is quiet, so 'b' does not touch a painted mark.
    expect(choosePaint(marks, true)).toEqual([
      { alt: false, quiet: false },
      { alt: false, quiet: true },
      { alt: false, quiet: false },
    ]);
  });

  it('with the real engine: the panel keeps every mention (quiet ones included), the paint changes the keys', () => {
    const engine = createEngine(dataset);
    const text = 'Vladimir Putin met Xi Jinping in Beijing. Putin said Xi Jinping and Putin agreed. Putin left Beijing.';
    const features = engine.analyze(text, '2024-05-17');
    const summary = engine.summarize(features, '2024-05-17');
    const all = markSpecs(summary, features, DEFAULT_SETTINGS.marked, 0, true, false);
    const first = markSpecs(summary, features, DEFAULT_SETTINGS.marked, 0, true, true);
    expect(first.length).toBe(all.length);
    const painted = first.filter((s) => !s.quiet);
    const ids = painted.map((s) => s.entityId ?? s.date);
    expect(new Set(ids).size).toBe(ids.length);
    expect(first.filter((s) => s.entityId === 'vladimir-putin' || s.text.includes('Putin')).filter((s) => !s.quiet).length).toBe(1);
    expect(first.some((s) => s.quiet)).toBe(true);
    // A quiet mark's key differs from its painted twin's, so the store re-places it.
    expect(new Set([...all, ...first].map((s) => s.key)).size).toBeGreaterThan(all.length);
  });
});

describe('light or dark', () => {
  it('"Same as the system" follows the system, not the page; "Match the page" the page; fixed ones stay', () => {
    expect(surfaceIsDark('auto', true, false)).toBe(true);
    expect(surfaceIsDark('auto', false, true)).toBe(false);
    expect(surfaceIsDark('page', false, true)).toBe(true);
    expect(surfaceIsDark('page', true, false)).toBe(false);
    expect(surfaceIsDark('dark', false, false)).toBe(true);
    expect(surfaceIsDark('light', true, true)).toBe(false);
  });

  it('re-reads the page after its <body> turns dark, and reports it once', async () => {
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    let changes = 0;
    const watch = new ThemeWatch(() => changes++, document);
    watch.start();
    expect(watch.pageDark).toBe(false);
    document.body.setAttribute('style', 'background-color: rgb(18, 18, 18)');
    await new Promise((r) => setTimeout(r, 600));
    expect(watch.pageDark).toBe(true);
    expect(changes).toBe(1);
    watch.stop();
    document.body.setAttribute('style', 'background-color: rgb(255, 255, 255)');
    await new Promise((r) => setTimeout(r, 600));
    expect(changes).toBe(1);
  });

  it('stored settings from before mark styles get the default; an unknown style is replaced', () => {
    expect(withDefaults({ theme: 'dark' }).markStyle).toBe('soft');
    expect(withDefaults({ markStyle: 'blink' as MarkStyle }).markStyle).toBe('soft');
    expect(withDefaults({ markStyle: 'hover', firstMentionOnly: true })).toMatchObject({ markStyle: 'hover', firstMentionOnly: true });
  });
});
