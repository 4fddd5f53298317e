import { render } from 'preact';
import { App } from './App';
import { prefetchLensData } from './load-lens-data';

performance.mark?.('crlens:ui-chunk-ready');
// The database read starts before the first render: it overlaps the page-state reply and the first paint.
prefetchLensData();
render(<App />, document.getElementById('app')!);
performance.mark?.('crlens:first-render');
