/**
 * The popup's entry: asks the page and reads the database first (neither needs Preact or Dexie), then
 * loads the rest of the popup as a second chunk, which is parsed while both answers are on their way.
 */
import { prefetchPageState } from './page-state-request';
import { startEarlyRead } from './early-db-read';
import './style.css';

performance.mark?.('crlens:script-start');
prefetchPageState();
startEarlyRead();
void import('./start');
