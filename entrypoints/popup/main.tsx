import { render } from 'preact';
import { App } from './App';
import { prefetchLensData } from './load-lens-data';
import { prefetchPageState } from './use-page-state';
import './style.css';

performance.mark?.('crlens:script-start');
// Both requests go out before the first render: neither waits for the other, nor for a paint.
prefetchPageState();
prefetchLensData();
render(<App />, document.getElementById('app')!);
