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
}

const headline = (a: NonNullable<TabPageState['analysis']>) => pageHeadline(a, (d, e) => formatDateRange(d, e));

function Why({ reasons }: { reasons: string[] }) {
  if (reasons.length === 0) return null;
  return (
    <details class="why">
      <summary>Why?</summary>
      <ul class="reasons">{reasons.map((r) => <li key={r}>{r}</li>)}</ul>
    </details>
  );
}

const asItem = (e: LinkedEvent) => ({ ...e, why: [eventReason(e)] });

export function PageSummary({ page, siteEnabled, paused, onToggleSite, onScanAnyway, onOpen, onEntity, onRendered, onNotPage }: Props) {
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
        {analysis && <p class="answer" data-testid="page-answer">{headline(analysis)}</p>}
        {analysis && <Why reasons={pageReasons(analysis)} />}
        {analysis?.readerSaysNot && onNotPage && (
          <button type="button" class="link-button" data-testid="undo-not-page" onClick={() => onNotPage(false)}>Undo: let the lens decide</button>
        )}
        <button type="button" class="primary" onClick={onScanAnyway} disabled={page.scanning}>
          {page.scanning ? 'Scanning…' : 'Scan this page anyway'}
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
      <h2 id="page-yes">{analysis.sinoRussian ? 'A China–Russia page' : 'Scanned on request'}</h2>
      <p class="answer" data-testid="page-answer">{headline(analysis)}</p>
      <Why reasons={pageReasons(analysis)} />
      {entities.length > 0 && (
        <ChipBar label="Named on this page" entities={entities} onPick={onEntity} />
      )}
      <h3 id="page-events">Events this page refers to</h3>
      {events.length === 0 ? (
        <p class="muted">{possible.length ? 'None for certain; see the possibly related ones below.' : 'No dated event recognised.'}</p>
      ) : (
        <ResultList id="page-events-list" label="Events this page refers to" items={events} onOpen={onOpen} onRendered={onRendered} />
      )}
      {possible.length > 0 && (
        <details class="possible" data-testid="possible-events">
          <summary>Possibly related ({possible.length})</summary>
          <ResultList id="page-possible-list" label="Possibly related events" items={possible} onOpen={onOpen} />
        </details>
      )}
      {(analysis.hidden?.length ?? 0) > 0 && (
        <p class="muted" data-testid="hidden-count">{analysis.hidden!.length === 1 ? 'One event you marked “Not this event” is hidden.' : `${analysis.hidden!.length} events you marked “Not this event” are hidden.`}</p>
      )}
      {analysis.sinoRussian && onNotPage && (
        <button type="button" class="link-button" data-testid="not-page" onClick={() => onNotPage(true)}>Not a China–Russia page</button>
      )}
      {siteSwitch}
    </section>
  );
}
