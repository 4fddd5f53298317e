import { useState } from 'preact/hooks';
import type { Event } from '../../core/types';
import { getDb } from '../../data/db';
import { buildExport } from '../../data/user-data/export-file';
import { applyImport, parseImport } from '../../data/user-data/import-file';
import { eventsToCsv, eventsToIcs } from '../../data/user-data/calendar-formats';
import { ValidationError, formatProblems } from '../../data/user-data/problems';
import { getSettings, settingsItem, withDefaults } from '../../lib/settings';
import { downloadText } from './download';

const today = () => new Date().toISOString().slice(0, 10);

async function readerEvents(scope: 'mine' | 'all'): Promise<Event[]> {
  const db = getDb();
  const own = await db.ownEvents.toArray();
  if (scope === 'all') return [...(await db.events.toArray()), ...own].sort((a, b) => a.date.localeCompare(b.date));
  const savedIds = (await db.saved.toArray()).map((s) => s.eventId);
  const saved = (await db.events.bulkGet(savedIds)).filter((e): e is Event => !!e);
  return [...saved, ...own].sort((a, b) => a.date.localeCompare(b.date));
}

export function ExportImport() {
  const db = getDb();
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [progress, setProgress] = useState<number | null>(null);

  const exportJson = async () => {
    const file = await buildExport(db, await getSettings());
    downloadText(`china-russia-lens-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
    setStatus(`Exported ${file.notes.length} notes, ${file.saved.length} saved events, ${file.ownEvents.length} of your events and ${file.feedback?.length ?? 0} page verdicts.`);
  };
  const exportEvents = async (format: 'csv' | 'ics') => {
    const events = await readerEvents(scope);
    if (format === 'csv') downloadText(`china-russia-lens-events-${today()}.csv`, eventsToCsv(events), 'text/csv');
    else downloadText(`china-russia-lens-events-${today()}.ics`, eventsToIcs(events), 'text/calendar');
    setStatus(`Exported ${events.length} events as ${format.toUpperCase()}.`);
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError('');
    setStatus(`Reading ${file.name}…`);
    try {
      const plan = parseImport(await file.text());
      setProgress(0);
      const summary = await applyImport(db, plan, (done, total) => setProgress(total ? done / total : 1));
      if (plan.settings) await settingsItem.setValue(withDefaults(plan.settings));
      setStatus(`Imported ${summary.notes} notes, ${summary.saved} saved events, ${summary.ownEvents} of your events and ${summary.feedback} page verdicts${summary.settings ? ', and your settings' : ''}.`);
    } catch (err) {
      setStatus('');
      const detail = err instanceof ValidationError ? formatProblems(err.problems) : err instanceof Error ? err.message : String(err);
      setError(`Nothing was imported: ${file.name} has problems.\n${detail}`);
    } finally {
      setProgress(null);
    }
  };
  const clearAll = async () => {
    if (!confirm('Delete all your notes, saved events, own events and page verdicts from this browser? Export them first if you want to keep them.')) return;
    await db.transaction('rw', [db.notes, db.saved, db.ownEvents, db.feedback], async () => {
      await Promise.all([db.notes.clear(), db.saved.clear(), db.ownEvents.clear(), db.feedback.clear()]);
    });
    setStatus('Your notes, saved events, own events and page verdicts were deleted.');
  };

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">Your data</h2>
      <p>Everything stays in this browser. Export keeps a copy; import merges a copy back (same ids are replaced).</p>
      <div class="row">
        <button type="button" onClick={() => void exportJson()} data-testid="export-json">Export everything (JSON)</button>
      </div>
      <fieldset>
        <legend>Events as a spreadsheet or calendar</legend>
        <label><input type="radio" name="scope" checked={scope === 'mine'} onChange={() => setScope('mine')} /> Your events and saved events</label>
        <label><input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> All events</label>
        <div class="row">
          <button type="button" onClick={() => void exportEvents('csv')} data-testid="export-csv">Export CSV</button>
          <button type="button" onClick={() => void exportEvents('ics')} data-testid="export-ics">Export iCalendar</button>
        </div>
      </fieldset>
      <label class="file">
        Import a JSON export
        <input type="file" accept=".json,application/json" data-testid="import-file" onChange={(e) => void importFile(e.currentTarget)} />
      </label>
      {progress !== null && <progress value={progress} max={1} aria-label="Import progress" />}
      <p role="status" aria-live="polite" data-testid="data-status">{status}</p>
      {error && <pre class="error" role="alert" data-testid="import-error">{error}</pre>}
      <div class="row danger">
        <button type="button" onClick={() => void clearAll()} data-testid="clear-data">Delete all my data…</button>
      </div>
    </section>
  );
}
