/**
 * 'On this page': is this a China–Russia page and why, which entities it names (press one to search it),
 * and the events it refers to, best first. Other pages get a clear empty state, a 'scan anyway' button
 * and the per-site switch.
 */
import type { TabPageState } from '../../lib/messages';
import { ChipBar } from './ChipBar';
import { ResultList } from './ResultList';
import { useI18n } from '../../lib/i18n/use-i18n';

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
}

export function PageSummary({ page, siteEnabled, paused, onToggleSite, onScanAnyway, onOpen, onEntity, onRendered }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
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
        {analysis && analysis.reasons.length > 0 && (
          <ul class="reasons">{analysis.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
        )}
        <button type="button" class="primary" onClick={onScanAnyway} disabled={page.scanning}>
          {t(page.scanning ? 'page.scanning' : 'page.scanAnyway')}
        </button>
        {siteSwitch}
      </section>
    );
  }
  const events = [...analysis.events].sort((a, b) => b.score - a.score);
  const entities = [...analysis.entities].sort((a, b) => b.count - a.count);
  return (
    <section class="panel" aria-labelledby="page-yes">
      <h2 id="page-yes">{t(analysis.sinoRussian ? 'page.yes' : 'page.forced')}</h2>
      {analysis.reasons.length > 0 && <ul class="reasons" aria-label={t('page.why')}>{analysis.reasons.map((r) => <li key={r}>{r}</li>)}</ul>}
      {entities.length > 0 && (
        <ChipBar label={t('page.named')} entities={entities} onPick={onEntity} />
      )}
      <h3 id="page-events">{t('page.events')}</h3>
      {events.length === 0 ? (
        <p class="muted">{t('page.noEvents')}</p>
      ) : (
        <ResultList id="page-events-list" label={t('page.events')} items={events} onOpen={onOpen} onRendered={onRendered} />
      )}
      {siteSwitch}
    </section>
  );
}
