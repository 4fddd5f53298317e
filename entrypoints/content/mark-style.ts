/**
 * How marks look: the reader's mark style turned into `::highlight()` rules, and which marks are painted
 * (first mention only; adjacent marks alternate). Pure: no DOM, so the choices are unit-tested as data.
 *
 * Why these choices (screenshots in docs/screenshots/marks-*.png):
 * - Hues are warm or green (orange, rose, green, teal, warm grey), never the blue and purple of links, and no
 *   rule sets `color`: the page's own text and link colours stay.
 * - The default 'soft' style is a dotted underline with a faint tint: a link is a solid underline or none.
 * - Inside a link (`<a href>`) a mark is a tint only, never a text-decoration, so the link's own underline
 *   and colour are untouched.
 * - `::highlight()` has no borders or margins, so two marks that touch (天津上海合作组织) are told apart by
 *   alternation: the second of two touching marks is painted under a '-b' name with a dashed line and a
 *   stronger tint.
 */
import type { MarkStyle, MarkType } from '../../lib/settings';

export type MarkKind = Exclude<MarkType, 'country'>;

/** Which highlight a mark is painted in. */
export interface Paint {
  kind: MarkKind;
  /** The second of two touching marks. */
  alt: boolean;
  /** Inside a link: tint only. */
  inLink: boolean;
}

export const PAINT_PREFIX = 'crlens-';

export function paintName(p: Paint): string {
  return `${PAINT_PREFIX}${p.kind}${p.inLink ? '-link' : ''}${p.alt ? '-b' : ''}`;
}

/** The reference the reader stepped to in the panel, and the one under the pointer. */
export const CURRENT_NAME = `${PAINT_PREFIX}current`;
export const HOVER_NAME = `${PAINT_PREFIX}hover`;

const KINDS: readonly MarkKind[] = ['person', 'organisation', 'place', 'agreement', 'date'];

/** [r, g, b] of the line; tints are the same hue at a low alpha. */
type Rgb = readonly [number, number, number];
const LIGHT: Record<MarkKind, Rgb> = {
  person: [194, 65, 12], // orange-700
  organisation: [190, 18, 60], // rose-700
  place: [21, 128, 61], // green-700
  agreement: [15, 118, 110], // teal-700
  date: [120, 113, 108], // stone-500 (a warm grey: slate is bluish)
};
const DARK: Record<MarkKind, Rgb> = {
  person: [253, 186, 116], // orange-300
  organisation: [253, 164, 175], // rose-300
  place: [134, 239, 172], // green-300
  agreement: [94, 234, 212], // teal-300
  date: [214, 211, 209], // stone-300
};

const hex = ([r, g, b]: Rgb) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const rgba = ([r, g, b]: Rgb, a: number) => `rgba(${r}, ${g}, ${b}, ${a})`;

/** The line colour of a kind (tests compare it with a page's link colour). */
export function lineColour(kind: MarkKind, dark: boolean): string {
  return hex((dark ? DARK : LIGHT)[kind]);
}

/** The declarations of one highlight, or '' for none (the mark is in the registry but not painted). */
export function paintDeclarations(style: MarkStyle, p: Paint, dark: boolean): string {
  const rgb = (dark ? DARK : LIGHT)[p.kind];
  // Dark pages need a stronger tint for the same visible step.
  const t = (light: number) => rgba(rgb, +(light * (dark ? 1.6 : 1)).toFixed(3));
  if (style === 'hover') return '';
  const line = hex(rgb);
  if (p.inLink) {
    // A link keeps its own underline and colour: the mark adds only a background.
    return `background-color:${t(p.alt ? 0.22 : 0.12)};`;
  }
  switch (style) {
    case 'underline':
      return `text-decoration:underline ${p.alt ? 'dashed' : 'solid'} ${line} 2px;${p.alt ? `background-color:${t(0.1)};` : ''}`;
    case 'tint':
      return `background-color:${t(p.alt ? 0.3 : 0.16)};`;
    case 'soft':
    default:
      return `background-color:${t(p.alt ? 0.18 : 0.07)};text-decoration:underline ${p.alt ? 'dashed' : 'dotted'} ${line} 2px;`;
  }
}

/** Every highlight name a stylesheet may need, each with its rule. */
export function markStyleCss(style: MarkStyle, dark: boolean): string {
  const rules: string[] = [];
  for (const kind of KINDS) {
    for (const inLink of [false, true]) {
      for (const alt of [false, true]) {
        const p = { kind, alt, inLink };
        const decl = paintDeclarations(style, p, dark);
        if (decl) rules.push(`::highlight(${paintName(p)}){${decl}}`);
      }
    }
  }
  // Backgrounds only: both compose with links and with the reader's chosen style.
  const hover = dark ? 'rgba(251, 191, 36, 0.32)' : 'rgba(245, 158, 11, 0.26)';
  const current = dark ? 'rgba(250, 204, 21, 0.42)' : 'rgba(250, 204, 21, 0.55)';
  rules.push(`::highlight(${HOVER_NAME}){background-color:${hover};}`);
  rules.push(`::highlight(${CURRENT_NAME}){background-color:${current};}`);
  return rules.join('\n');
}

export interface PaintChoice {
  alt: boolean;
  /** Not painted (a later mention under 'first mention only'); still in the panel and reachable from it. */
  quiet: boolean;
}

/**
 * For marks in page order (sorted by start): which are painted and which alternate. `firstOnly`: only the
 * first mention of each entity (and of each date) is painted. A painted mark that starts where the previous
 * painted one ends (or inside it) flips the alternation, so touching marks never read as one.
 */
export function choosePaint(marks: readonly { start: number; end: number; entityId?: string; date?: string }[], firstOnly: boolean): PaintChoice[] {
  const seen = new Set<string>();
  let lastEnd = -1;
  let lastAlt = true;
  return marks.map((m) => {
    const id = m.entityId ?? `@${m.date ?? ''}`;
    const quiet = firstOnly && seen.has(id);
    seen.add(id);
    if (quiet) return { alt: false, quiet };
    const alt = m.start <= lastEnd ? !lastAlt : false;
    lastEnd = Math.max(m.start <= lastEnd ? lastEnd : -1, m.end);
    lastAlt = alt;
    return { alt, quiet };
  });
}
