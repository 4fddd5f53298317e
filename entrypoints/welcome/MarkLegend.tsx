/**
 * What the marks mean, shown with the marks themselves: each sample word is painted by the CSS Custom
 * Highlight API with the stylesheet the content script gives news pages (page-styles.ts), so the legend
 * is what the reader will see, in the light or dark palette.
 */
import { useEffect, useRef } from 'preact/hooks';
import { CURRENT_NAME, paintName, type MarkKind } from '../content/mark-style';
import { HighlightStyles } from '../content/page-styles';
import type { MarkStyle } from '../../lib/settings';
import type { MessageKey } from '../../lib/i18n/i18n';
import { useI18n } from '../../lib/i18n/use-i18n';

type HighlightKind = MarkKind | 'current';
const highlightName = (kind: HighlightKind) => (kind === 'current' ? CURRENT_NAME : paintName({ kind, alt: false, inLink: false }));

const ROWS: { kind: HighlightKind; sample: MessageKey; label: MessageKey }[] = [
  { kind: 'person', sample: 'welcome.sample.person', label: 'settings.mark.person' },
  { kind: 'organisation', sample: 'welcome.sample.organisation', label: 'settings.mark.organisation' },
  { kind: 'place', sample: 'welcome.sample.place', label: 'settings.mark.place' },
  { kind: 'agreement', sample: 'welcome.sample.agreement', label: 'settings.mark.agreement' },
  { kind: 'date', sample: 'welcome.sample.date', label: 'settings.mark.date' },
  { kind: 'current', sample: 'welcome.sample.current', label: 'welcome.current' },
];

const styles = new HighlightStyles();

/** `style`: the reader's mark style; 'only on hover' paints nothing until pointed at, so the legend shows the default. */
export function MarkLegend({ dark, style }: { dark: boolean; style: MarkStyle }) {
  const i18n = useI18n();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
    if (!registry || typeof Highlight !== 'function' || !list.current) return;
    styles.apply(dark, style === 'hover' ? 'soft' : style);
    const kinds: HighlightKind[] = [];
    for (const el of list.current.querySelectorAll<HTMLElement>('[data-kind]')) {
      const kind = el.dataset.kind as HighlightKind;
      const range = document.createRange();
      range.selectNodeContents(el);
      const h = new Highlight(range);
      if (kind === 'current') h.priority = 1;
      registry.set(highlightName(kind), h);
      kinds.push(kind);
    }
    return () => kinds.forEach((k) => registry.delete(highlightName(k)));
  }, [dark, style, i18n.lang]);
  return (
    <ul class="legend" ref={list}>
      {ROWS.map((row) => (
        <li key={row.kind}>
          <span class="sample" data-kind={row.kind} data-testid={`legend-${row.kind}`} translate={false}>
            {i18n.t(row.sample)}
          </span>
          <span class="meaning">{i18n.t(row.label)}</span>
        </li>
      ))}
    </ul>
  );
}
