/**
 * 'On this page': one sentence on what the article is about (its main event and date, or that it
 * mentions China and Russia in passing), the reasons behind a 'Why?', which entities it names (press
 * one to search it), the events it refers to (the 'possibly related' ones folded), and the reader's
 * 'Not a China–Russia page'. Other pages get a clear empty state, a 'scan anyway' button and the
 * per-site switch.
 */
import type { LinkedEvent } from '../../core/types';
import type { TabPageState } from '../../lib/messages';
import { ChipBar } from './ChipBar';
import { formatDateRange } from './format-date';
import { eventReason, isPlain, pageHeadline, pageReasons } from './page-answer';
import { ResultList } from './ResultList';
import { useI18n } from '../../lib/i18n/use-i18n';
import { eventTitle } from '../../lib/i18n/content-text';
import { AddArticleEvent } from '../user/AddArticleEvent';

export type PageView =
  | { status: 'loading' }
  | { status: 'unreachable' }
  | { status: 'ready'; state: TabPageState; hostname?: string; scanning?: boolean; forced?: boolean };

interface Props {
  page: PageView;
  siteEnabled: boolean;
  paused: boolean;
  onToggleSite: () => void;
  onScanAnyway: () => void;
  onOpen: (id: string) => void;
  onEntity: (id: string) => void;
  onRendered: () => void;
  /** The reader says this is (on: true) or is again allowed to be (false) not a China–Russia page. */
  onNotPage?: (on: boolean) => void;
  /** Reads the page's state again (after 'Add this article as an event' linked a new event on it). */
  onRefresh?: () => void;
}

function Why({ reasons }: { reasons: string[] }) {
  const { t } = useI18n();
  if (reasons.length === 0) return null;
  return (
    <details class="why">
      <summary>{t('page.whyToggle')}</summary>
      <ul class="reasons">{reasons.map((r) => <li key={r}>{r}</li>)}</ul>
    </details>
  );
}

export function PageSummary({ page, siteEnabled, paused, onToggleSite, onScanAnyway, onOpen, onEntity, onRendered, onNotPage, onRefresh }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const title = (e: LinkedEvent) => eventTitle(e, i18n.contentLang).text;
  const headline = (a: NonNullable<TabPageState['analysis']>) => pageHeadline(a, i18n, (d, e) => formatDateRange(d, e, i18n.locale), title);
  const asItem = (e: LinkedEvent) => ({ ...e, why: [eventReason(e, i18n)] });
  if (page.status === 'loading') return <section class="panel" aria-busy="true"><p class="status" role="status">{t('page.reading')}</p></section>;
  if (page.status === 'unreachable') {
    return (
      <section class="panel empty" aria-labelledby="page-empty">
        <h2 id="page-empty">{t('page.unreachable')}</h2>
        <p>{t('page.unreachableWhy')}</p>
      </section>
    );
  }
  const { state, hostname } = page;
  const analysis = state.analysis;
  const [siteBefore, siteAfter] = i18n.around('page.siteSwitch', 'site');
  const siteSwitch = hostname ? (
    <label class="switch">
      <input type="checkbox" checked={siteEnabled} onChange={onToggleSite} />
      <span>
        {siteBefore}
        <strong>{hostname}</strong>
        {siteAfter}
      </span>
    </label>
  ) : null;
  if (paused || !state.enabled || !siteEnabled) {
    return (
      <section class="panel empty" aria-labelledby="page-off">
        <h2 id="page-off">{t(paused ? 'page.paused' : 'page.off')}</h2>
        <p>{t(paused ? 'page.pausedHint' : 'page.offHint')}</p>
        {!paused && siteSwitch}
      </section>
    );
  }
  // After 'scan anyway' the reader asked to see what was found, China–Russia page or not.
  if (!analysis || (!analysis.sinoRussian && !(page.forced && (analysis.events.length > 0 || analysis.entities.length > 0)))) {
    return (
      <section class="panel empty" aria-labelledby="page-none">
        <h2 id="page-none">{t(analysis ? 'page.none' : 'page.notRead')}</h2>
        {analysis && <p class="answer" data-testid="page-answer">{headline(analysis)}</p>}
        {analysis && <Why reasons={pageReasons(analysis, i18n, title)} />}
        {analysis?.readerSaysNot && onNotPage && (
          <button type="button" class="link-button" data-testid="undo-not-page" onClick={() => onNotPage(false)}>{t('page.undoNotPage')}</button>
        )}
        <button type="button" class="primary" onClick={onScanAnyway} disabled={page.scanning}>
          {t(page.scanning ? 'page.scanning' : 'page.scanAnyway')}
        </button>
        {siteSwitch}
      </section>
    );
  }
  // The engine lists plain tiers first, best first within each; an older background sent scores only.
  const ordered = analysis.events.some((e) => e.tier) ? analysis.events : [...analysis.events].sort((a, b) => b.score - a.score);
  const events = ordered.filter(isPlain).map(asItem);
  const possible = ordered.filter((e) => !isPlain(e)).map(asItem);
  const entities = [...analysis.entities].sort((a, b) => b.count - a.count);
  return (
    <section class="panel" aria-labelledby="page-yes">
      <h2 id="page-yes">{t(analysis.sinoRussian ? 'page.yes' : 'page.forced')}</h2>
      <p class="answer" data-testid="page-answer">{headline(analysis)}</p>
      <Why reasons={pageReasons(analysis, i18n, title)} />
      {entities.length > 0 && (
        <ChipBar label={t('page.named')} entities={entities} onPick={onEntity} />
      )}
      <h3 id="page-events">{t('page.events')}</h3>
      {events.length === 0 ? (
        <p class="muted">{t(possible.length ? 'page.noneCertain' : 'page.noEvents')}</p>
      ) : (
        <ResultList id="page-events-list" label={t('page.events')} items={events} onOpen={onOpen} onRendered={onRendered} />
      )}
      {possible.length > 0 && (
        <details class="possible" data-testid="possible-events">
          <summary>{t('page.possible', { count: possible.length })}</summary>
          <ResultList id="page-possible-list" label={t('page.possibleList')} items={possible} onOpen={onOpen} />
        </details>
      )}
      {(analysis.hidden?.length ?? 0) > 0 && (
        <p class="muted" data-testid="hidden-count">{t('page.hidden', { count: analysis.hidden!.length })}</p>
      )}
      {onRefresh && <AddArticleEvent state={state} onAdded={onRefresh} />}
      {analysis.sinoRussian && onNotPage && (
        <button type="button" class="link-button" data-testid="not-page" onClick={() => onNotPage(true)}>{t('page.notPage')}</button>
      )}
      {siteSwitch}
    </section>
  );
}
