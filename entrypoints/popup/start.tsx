import { render } from 'preact';
import { App } from './App';
import { prefetchLensData } from './load-lens-data';
import { earlyPageStateOrAfter } from './page-state-request';

/** How long the first render waits for the tab's answer on 'On this page' (it usually comes within a few ms). */
const WAIT_FOR_PAGE_MS = 40;

performance.mark?.('crlens:ui-chunk-ready');
// The database read starts before the first render: it overlaps the page-state reply and the first paint
// (on 'On this page' it starts once the page is shown: read-gate.ts).
prefetchLensData();
const draw = () => {
  render(<App />, document.getElementById('app')!);
  performance.mark?.('crlens:first-render');
};
// 'On this page' is drawn once, with the tab's answer, when that answer is a moment away; a search at once.
const params = new URLSearchParams(location.search);
if (params.has('q') || params.has('entity')) draw();
else void earlyPageStateOrAfter(WAIT_FOR_PAGE_MS).then(draw);
