/**
 * The page panel: the page's references grouped by entity (a listbox the keyboard steps through) and
 * the dataset events the page relates to. Arrow keys or j/k move; each step scrolls the page to the
 * reference and shows its card (the caller does that in `onStep`). Escape closes.
 */
import { Component } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Entity, EntityType, Lang } from '../../core/types';
import { entityName } from '../../lib/i18n/content-text';
import { useI18n, type I18n } from '../../lib/i18n/use-i18n';
import { typeLabel } from '../../lib/i18n/labels';
import type { CardEvent } from './Card';
import { EventList } from './Card';

export interface PanelItem {
  key: string;
  /** Index in the caller's list of marks. */
  markIndex: number;
  /** The mention and the words around it, so options are told apart. */
  context: { before: string; text: string; after: string };
}

export interface PanelGroup {
  id: string;
  name: string;
  names?: Entity['names'];
  type?: EntityType;
  items: PanelItem[];
  /** Mentions not listed (very long pages). */
  more: number;
}

export interface PanelProps {
  groups: PanelGroup[];
  events: Array<CardEvent & { why?: string[] }>;
  /** Events with a single clue ('possibly related'): listed folded after the others. */
  possible?: Array<CardEvent & { why?: string[] }>;
  /** markIndex of the reference the reader is on, or -1. */
  current: number;
  sinoRussian: boolean;
  /** Shown instead of the summary line: the lens is off on this site. */
  notice?: 'off';
  contentLang: Lang;
  site?: string;
  onStep: (markIndex: number) => void;
  onClose: () => void;
  onSiteOff?: () => void;
  /** Offered when the page was not classified as China–Russia news. */
  onScanAnyway?: () => void;
}

interface GroupOptionsProps {
  group: PanelGroup;
  /** The current markIndex when it is in this group, else -1. */
  selected: number;
  t: I18n['t'];
  contentLang: Lang;
  onStep: (markIndex: number) => void;
}

/**
 * One entity's options. A step moves the selection in at most two groups: the others skip their
 * render, which on a 10 MB page (thousands of options) was most of a step's time.
 */
class GroupOptions extends Component<GroupOptionsProps> {
  override shouldComponentUpdate(next: GroupOptionsProps) {
    const p = this.props;
    return next.group !== p.group || next.selected !== p.selected || next.t !== p.t || next.contentLang !== p.contentLang || next.onStep !== p.onStep;
  }

  override render() {
    const { group: g, selected, t, contentLang, onStep } = this.props;
    return (
      <div role="group" aria-labelledby={`crl-group-${g.id}`} class="crl-group">
        <div id={`crl-group-${g.id}`} class="crl-group-head">
          <span translate={false}>{entityName(g, contentLang)}</span>
          <span class="crl-count">
            {g.type ? `${typeLabel(t, g.type)} · ` : ''}
            {g.items.length + g.more}
          </span>
        </div>
        {g.items.map((item) => (
          <div
            key={item.key}
            id={`crl-opt-${item.markIndex}`}
            role="option"
            aria-selected={item.markIndex === selected}
            class="crl-option"
            onClick={() => onStep(item.markIndex)}
          >
            {item.context.before}
            <b>{item.context.text}</b>
            {item.context.after}
          </div>
        ))}
        {g.more > 0 && <div class="crl-more">{t('panel.more', { count: g.more })}</div>}
      </div>
    );
  }
}

const STEP_KEYS: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1 };

export function Panel(props: PanelProps) {
  const { t } = useI18n();
  const listRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const order = useMemo(() => props.groups.flatMap((g) => g.items.map((i) => i.markIndex)), [props.groups]);
  const groupOf = useMemo(() => new Map(props.groups.flatMap((g, gi) => g.items.map((i) => [i.markIndex, gi] as const))), [props.groups]);
  const selectedGroup = groupOf.get(props.current) ?? -1;
  const total = props.groups.reduce((n, g) => n + g.items.length + g.more, 0);

  useEffect(() => {
    // Focus moves into the dialog: the list when there is one, else its first action, else Close.
    const body = bodyRef.current;
    (listRef.current ?? body?.querySelector<HTMLElement>('.crl-actions button') ?? body?.querySelector<HTMLElement>('button'))?.focus();
  }, []);

  useEffect(() => {
    const active = listRef.current?.querySelector('[aria-selected="true"]');
    (active as HTMLElement | null)?.scrollIntoView?.({ block: 'nearest' });
  }, [props.current]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const at = order.indexOf(props.current);
    let next: number | undefined;
    if (e.key in STEP_KEYS) next = at < 0 ? (STEP_KEYS[e.key] > 0 ? 0 : order.length - 1) : at + STEP_KEYS[e.key];
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = order.length - 1;
    else if (e.key === 'Enter' && at >= 0) next = at;
    if (next === undefined || order.length === 0) return;
    e.preventDefault();
    props.onStep(order[Math.max(0, Math.min(order.length - 1, next))]);
  };

  return (
    <div class="crl-panel-body" ref={bodyRef}>
      <div class="crl-head">
        <h2 class="crl-name" id="crl-panel-title">
          {t('panel.title')}
        </h2>
        <button type="button" class="crl-icon" aria-label={t('panel.close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <p class="crl-status">
        {props.notice
          ? t('panel.off')
          : total === 0
          ? props.sinoRussian
            ? t('panel.nothingMarked')
            : t('panel.notChinaRussia')
          : `${t('panel.summary', { count: total, references: t('panel.references', { count: total }), entities: t('panel.entities', { count: props.groups.length }) })} ${t('panel.keys')}`}
      </p>
      {order.length > 0 && (
        <div
          ref={listRef}
          class="crl-list"
          role="listbox"
          tabIndex={0}
          aria-labelledby="crl-panel-title"
          aria-activedescendant={props.current >= 0 ? `crl-opt-${props.current}` : undefined}
          onKeyDown={onKeyDown}
        >
          {props.groups.map((g, i) => (
            <GroupOptions key={g.id} group={g} selected={i === selectedGroup ? props.current : -1} t={t} contentLang={props.contentLang} onStep={props.onStep} />
          ))}
        </div>
      )}
      {props.events.length > 0 && (
        <section aria-label={t('panel.events')}>
          <h3 class="crl-sub">{t('panel.events')}</h3>
          <EventList events={props.events} contentLang={props.contentLang} />
        </section>
      )}
      {(props.possible?.length ?? 0) > 0 && (
        <details class="crl-possible">
          <summary>{t('page.possible', { count: props.possible!.length })}</summary>
          <EventList events={props.possible!} contentLang={props.contentLang} />
        </details>
      )}
      <div class="crl-actions">
        {!props.notice && !props.sinoRussian && total === 0 && props.onScanAnyway && (
          <button type="button" class="crl-button" onClick={props.onScanAnyway}>
            {t('panel.markAnyway')}
          </button>
        )}
        {!props.notice && props.onSiteOff && props.site && (
          <button type="button" class="crl-button crl-quiet" onClick={props.onSiteOff}>
            {t('site.turnOff', { site: props.site })}
          </button>
        )}
      </div>
    </div>
  );
}
