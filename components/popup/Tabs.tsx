/** The popup's tabs, with the arrow-key behaviour of the ARIA tabs pattern. */
import { useRef } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n/i18n';
import { useI18n } from '../../lib/i18n/use-i18n';

export type TabId = 'page' | 'search' | 'saved' | 'settings';

const TABS: { id: TabId; label: MessageKey }[] = [
  { id: 'page', label: 'tab.page' },
  { id: 'search', label: 'tab.search' },
  { id: 'saved', label: 'tab.saved' },
  { id: 'settings', label: 'tab.settings' },
];

export function Tabs({ current, onSelect }: { current: TabId; onSelect: (t: TabId) => void }) {
  const { t: tr } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === current);
    const next = { ArrowRight: (i + 1) % TABS.length, ArrowLeft: (i + TABS.length - 1) % TABS.length, Home: 0, End: TABS.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    onSelect(TABS[next].id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${TABS[next].id}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={tr('tab.views')} ref={list} onKeyDown={onKeyDown}>
      {TABS.map((t) => (
        <button
          key={t.id}
          id={`tab-${t.id}`}
          type="button"
          role="tab"
          aria-selected={t.id === current}
          // Only the chosen tab's panel is in the document.
          aria-controls={t.id === current ? `panel-${t.id}` : undefined}
          tabIndex={t.id === current ? 0 : -1}
          onClick={() => onSelect(t.id)}
        >
          {tr(t.label)}
        </button>
      ))}
    </div>
  );
}
