/**
 * The popup's entry: asks the page and the settings and reads the database first (none needs Preact or Dexie), then
 * loads the rest of the popup as a second chunk, which the HTML already preloads (scripts/preload-lazy-chunks.ts).
 * On 'On this page' the database read waits until the page's answer is shown (read-gate.ts).
 */
import { prefetchPageState } from './page-state-request';
import { startEarlyRead } from './early-db-read';
import { armReadGate, readGate } from './read-gate';
import { prefetchSettings } from './settings-request';
import './style.css';

performance.mark?.('crlens:script-start');
prefetchPageState();
prefetchSettings();
armReadGate();
startEarlyRead(readGate);
void import('./start');
