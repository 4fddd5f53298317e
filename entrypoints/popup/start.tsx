import { render } from 'preact';
import { App } from './App';
import { prefetchLensData } from './load-lens-data';

performance.mark?.('crlens:ui-chunk-ready');
// The database read starts before the first render: it overlaps the page-state reply and the first paint
// (on 'On this page' it waits until the page is shown: read-gate.ts). The popup is drawn at once, even
// before the tab's answer: that render is most of the cost, and the answer then only fills 'On this page'.
prefetchLensData();
render(<App />, document.getElementById('app')!);
performance.mark?.('crlens:first-render');
