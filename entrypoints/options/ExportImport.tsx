import { useState } from 'preact/hooks';
import type { Event } from '../../core/types';
import { bundledEvents, eventsByIds } from '../../data/bundled-store';
import { getDb } from '../../data/db';
import { buildExport } from '../../data/user-data/export-file';
import { applyImport, parseImport } from '../../data/user-data/import-file';
import { eventsToCsv, eventsToIcs } from '../../data/user-data/calendar-formats';
import { ValidationError } from '../../data/user-data/problems';
import { useI18n } from '../../lib/i18n/use-i18n';
import { problemsText } from '../../lib/i18n/problem-text';
import { getSettings, settingsItem, withDefaults } from '../../lib/settings';
import { downloadText } from './download';

const today = () => new Date().toISOString().slice(0, 10);

async function readerEvents(scope: 'mine' | 'all'): Promise<Event[]> {
  const db = getDb();
  const own = await db.ownEvents.toArray();
  if (scope === 'all') return [...(await bundledEvents(db)), ...own].sort((a, b) => a.date.localeCompare(b.date));
  const savedIds = (await db.saved.toArray()).map((s) => s.eventId);
  const saved = (await eventsByIds(db, savedIds)).filter((e): e is Event => !!e);
  return [...saved, ...own].sort((a, b) => a.date.localeCompare(b.date));
}

export function ExportImport() {
  const i18n = useI18n();
  const { t } = i18n;
  const db = getDb();
  const [scope, setScope] = useState<'mine' | 'all'>('mine');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [progress, setProgress] = useState<number | null>(null);

  const exportJson = async () => {
    const file = await buildExport(db, await getSettings());
    downloadText(`china-russia-lens-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
    setStatus(t('data.exported', { notes: file.notes.length, saved: file.saved.length, own: file.ownEvents.length, quotes: file.quotes?.length ?? 0, verdicts: file.feedback?.length ?? 0 }));
  };
  const exportEvents = async (format: 'csv' | 'ics') => {
    const events = await readerEvents(scope);
    if (format === 'csv') downloadText(`china-russia-lens-events-${today()}.csv`, eventsToCsv(events), 'text/csv');
    else downloadText(`china-russia-lens-events-${today()}.ics`, eventsToIcs(events), 'text/calendar');
    setStatus(t('data.exportedEvents', { count: events.length, format: format.toUpperCase() }));
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError('');
    setStatus(t('data.reading', { name: file.name }));
    try {
      const plan = parseImport(await file.text());
      setProgress(0);
      const summary = await applyImport(db, plan, (done, total) => setProgress(total ? done / total : 1));
      if (plan.settings) await settingsItem().setValue(withDefaults(plan.settings));
      setStatus(t(summary.settings ? 'data.importedWithSettings' : 'data.imported', { notes: summary.notes, saved: summary.saved, own: summary.ownEvents, quotes: summary.quotes, verdicts: summary.feedback }));
    } catch (err) {
      setStatus('');
      const detail = err instanceof ValidationError ? problemsText(err.problems, i18n) : err instanceof Error ? err.message : String(err);
      setError(`${t('data.importFailed', { name: file.name })}\n${detail}`);
    } finally {
      setProgress(null);
    }
  };
  const clearAll = async () => {
    if (!confirm(t('data.confirmClear'))) return;
    await db.transaction('rw', [db.notes, db.saved, db.ownEvents, db.feedback, db.quotes], async () => {
      await Promise.all([db.notes.clear(), db.saved.clear(), db.ownEvents.clear(), db.feedback.clear(), db.quotes.clear()]);
    });
    setStatus(t('data.cleared'));
  };

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">{t('data.heading')}</h2>
      <p>{t('data.intro')}</p>
      <div class="row">
        <button type="button" onClick={() => void exportJson()} data-testid="export-json">{t('data.exportJson')}</button>
      </div>
      <fieldset>
        <legend>{t('data.eventsLegend')}</legend>
        <label><input type="radio" name="scope" checked={scope === 'mine'} onChange={() => setScope('mine')} /> {t('data.scopeMine')}</label>
        <label><input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} /> {t('data.scopeAll')}</label>
        <div class="row">
          <button type="button" onClick={() => void exportEvents('csv')} data-testid="export-csv">{t('data.exportCsv')}</button>
          <button type="button" onClick={() => void exportEvents('ics')} data-testid="export-ics">{t('data.exportIcs')}</button>
        </div>
      </fieldset>
      <label class="file">
        {t('data.import')}
        <input type="file" accept=".json,application/json" data-testid="import-file" onChange={(e) => void importFile(e.currentTarget)} />
      </label>
      {progress !== null && <progress value={progress} max={1} aria-label={t('data.progress')} />}
      <p role="status" aria-live="polite" data-testid="data-status">{status}</p>
      {error && <pre class="error" role="alert" data-testid="import-error">{error}</pre>}
      <div class="row danger">
        <button type="button" onClick={() => void clearAll()} data-testid="clear-data">{t('data.clear')}</button>
      </div>
    </section>
  );
}
