/**
 * The popup's entry: sends the page-state question first, then loads the rest of the popup (Preact, Dexie,
 * the UI) as a second chunk, so the content script works on its reply while that code is parsed.
 */
import { prefetchPageState } from './page-state-request';
import './style.css';

performance.mark?.('crlens:script-start');
prefetchPageState();
void import('./start');
