/**
 * The reader's verdicts on one page applied to its analysis: events they said are 'not this
 * event' are left out (and listed, so they can be brought back); a page they said is 'not a
 * China–Russia page' is treated as one that is not, whatever the classifier thought.
 */
import type { PageAnalysis } from './types';

export interface ReaderVerdicts {
  hiddenEvents: readonly string[];
  notSinoRussian: boolean;
}

export function applyReaderVerdicts<T extends PageAnalysis>(analysis: T, verdicts: ReaderVerdicts): T {
  if (!verdicts.notSinoRussian && verdicts.hiddenEvents.length === 0) return analysis;
  const hide = new Set(verdicts.hiddenEvents);
  const out: T = { ...analysis, events: analysis.events.filter((e) => !hide.has(e.id)) };
  const hidden = analysis.events.filter((e) => hide.has(e.id)).map((e) => e.id);
  if (hidden.length) out.hidden = hidden;
  if (verdicts.notSinoRussian) {
    out.sinoRussian = false;
    out.readerSaysNot = true;
  }
  return out;
}
