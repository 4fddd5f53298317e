/**
 * Accessibility checks for the e2e tests: axe-core run inside the page (extension pages forbid inline
 * scripts, so axe is evaluated over the DevTools protocol rather than added as a <script>), focus
 * probes that see through our shadow root, and a horizontal-overflow check for zoomed layouts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

type AxeContext = string | { include: string[][] };

/** Serious and critical axe violations in `context` (the whole document by default), one line per node. */
export async function seriousViolations(page: Page, context: AxeContext = 'html'): Promise<AxeProblem[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (ctx) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe;
    const res = await axe.run(ctx, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`),
    }));
  }, context);
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  // Moderate and minor findings are reported, not failed: they are judgement calls worth reading.
  if (minor.length && process.env.A11Y_VERBOSE) console.log(describeProblems(`minor ${page.url().split('/').pop()}`, minor));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable report for an assertion message. */
export function describeProblems(where: string, problems: AxeProblem[]): string {
  return problems.map((p) => `${where}: [${p.impact}] ${p.id} — ${p.help}\n    ${p.nodes.join('\n    ')}`).join('\n');
}

/** The focused element, looking inside open shadow roots: tag, role, name-ish text and whether a ring shows. */
export function focusInfo(page: Page) {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    // An SVG control (a timeline bar) shows focus as a stroke on one of its shapes.
    const stroked = el instanceof SVGElement && [...el.querySelectorAll('*')].some((c) => getComputedStyle(c).stroke !== 'none' && parseFloat(getComputedStyle(c).strokeWidth) >= 1);
    const outlined = (s: CSSStyleDeclaration) => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) || s.boxShadow !== 'none';
    // A list that keeps focus and points at its active row (aria-activedescendant) outlines the row instead.
    const activeId = el.getAttribute('aria-activedescendant');
    const active = activeId ? (el.getRootNode() as Document | ShadowRoot).getElementById(activeId) : null;
    const ring = outlined(style) || stroked || (!!active && outlined(getComputedStyle(active)));
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      label: el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 60),
      id: el.id,
      cls: el.getAttribute('class') ?? '',
      ring,
      visible: el.getBoundingClientRect().width > 0,
      /** Inside our shadow root rather than the page's own tree. */
      inLens: el.getRootNode() !== document,
    };
  });
}

/** Whether the focused element (through shadow roots) is the one remembered by the last call with `remember`. */
function isFirstStop(page: Page, remember: boolean) {
  return page.evaluate((remember) => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const w = window as unknown as { __a11yFirstStop?: Element | null };
    if (remember) w.__a11yFirstStop = el;
    return w.__a11yFirstStop === el;
  }, remember);
}

/** Presses Tab up to `max` times and collects where focus lands (stops when it comes back to the first stop). */
export async function tabOrder(page: Page, max = 40) {
  const seen: NonNullable<Awaited<ReturnType<typeof focusInfo>>>[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focusInfo(page);
    if (!f) continue;
    if (seen.length > 0 && (await isFirstStop(page, false))) break;
    if (seen.length === 0) await isFirstStop(page, true);
    seen.push(f);
  }
  return seen;
}

/** Whether the document scrolls sideways, and elements that stick out of the viewport to the right. */
export function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = document.documentElement.scrollWidth > width + 1;
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > width + 1 && !el.closest('.visually-hidden')) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${(el.getAttribute('class') ?? '').replace(/ /g, '.')} right=${Math.round(r.right)}`);
      }
    }
    return { width, scrollWidth: document.documentElement.scrollWidth, scrolls, out: out.slice(0, 10) };
  });
}
