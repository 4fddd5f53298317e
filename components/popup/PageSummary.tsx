/**
 * 'On this page': is this a China–Russia page and why, which entities it names (press one to search it),
 * and the events it refers to, best first. Other pages get a clear empty state, a 'scan anyway' button
 * and the per-site switch.
 */
import type { TabPageState } from '../../lib/messages';
import { ChipBar } from './ChipBar';
import { ResultList } from './ResultList';

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
  if (page.status === 'loading') return <section class="panel" aria-busy="true"><p class="status" role="status">Reading this page…</p></section>;
  if (page.status === 'unreachable') {
    return (
      <section class="panel empty" aria-labelledby="page-empty">
        <h2 id="page-empty">Nothing to read here</h2>
        <p>The lens can't read this tab: browser pages, extension pages and the web store are closed to extensions. Search the whole dataset above.</p>
      </section>
    );
  }
  const { state, hostname } = page;
  const analysis = state.analysis;
  const siteSwitch = hostname ? (
    <label class="switch">
      <input type="checkbox" checked={siteEnabled} onChange={onToggleSite} />
      <span>Mark China–Russia references on <strong>{hostname}</strong></span>
    </label>
  ) : null;
  if (paused || !state.enabled || !siteEnabled) {
    return (
      <section class="panel empty" aria-labelledby="page-off">
        <h2 id="page-off">{paused ? 'The lens is paused everywhere' : 'The lens is off on this site'}</h2>
        <p>{paused ? 'Resume it in Settings.' : 'Switch it on to mark references and list this page’s events.'}</p>
        {!paused && siteSwitch}
      </section>
    );
  }
  // After 'scan anyway' the reader asked to see what was found, China–Russia page or not.
  if (!analysis || (!analysis.sinoRussian && !(page.forced && (analysis.events.length > 0 || analysis.entities.length > 0)))) {
    return (
      <section class="panel empty" aria-labelledby="page-none">
        <h2 id="page-none">{analysis ? 'No China–Russia story on this page' : 'This page has not been read yet'}</h2>
        {analysis && analysis.reasons.length > 0 && (
          <ul class="reasons">{analysis.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
        )}
        <button type="button" class="primary" onClick={onScanAnyway} disabled={page.scanning}>
          {page.scanning ? 'Scanning…' : 'Scan this page anyway'}
        </button>
        {siteSwitch}
      </section>
    );
  }
  const events = [...analysis.events].sort((a, b) => b.score - a.score);
  const entities = [...analysis.entities].sort((a, b) => b.count - a.count);
  return (
    <section class="panel" aria-labelledby="page-yes">
      <h2 id="page-yes">{analysis.sinoRussian ? 'A China–Russia page' : 'Scanned on request'}</h2>
      {analysis.reasons.length > 0 && <ul class="reasons" aria-label="Why">{analysis.reasons.map((r) => <li key={r}>{r}</li>)}</ul>}
      {entities.length > 0 && (
        <ChipBar label="Named on this page" entities={entities} onPick={onEntity} />
      )}
      <h3 id="page-events">Events this page refers to</h3>
      {events.length === 0 ? (
        <p class="muted">No dated event recognised.</p>
      ) : (
        <ResultList id="page-events-list" label="Events this page refers to" items={events} onOpen={onOpen} onRendered={onRendered} />
      )}
      {siteSwitch}
    </section>
  );
}
