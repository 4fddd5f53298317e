import { useState } from 'preact/hooks';
import { getDb } from '../../data/db';
import { sendToBackground } from '../../lib/send-message';
import { useLiveQuery } from '../../components/user/use-live-query';

/** The bundled dataset's version and counts, and a repair button that re-checks it against the database. */
export function DatasetInfo() {
  const db = getDb();
  const info = useLiveQuery(async () => ({
    version: (await db.meta.get('datasetVersion'))?.value as string | undefined,
    events: await db.events.count(),
    entities: await db.entities.count(),
    own: await db.ownEvents.count(),
    notes: await db.notes.count(),
    saved: await db.saved.count(),
  }), []);
  const [status, setStatus] = useState('');
  const recheck = async () => {
    setStatus('Checking…');
    try {
      const r = await sendToBackground('recheck-dataset', {});
      setStatus(r.seeded ? `Dataset reinstalled (${r.events} events). Your notes, stars and events were kept.` : 'The dataset is up to date.');
    } catch (err) {
      setStatus(`Could not check the dataset: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <section aria-labelledby="dataset-h">
      <h2 id="dataset-h">Dataset</h2>
      <dl class="stats" data-testid="dataset-info">
        <dt>Version</dt><dd data-testid="dataset-version">{info?.version ?? '…'}</dd>
        <dt>Events</dt><dd data-testid="dataset-events">{info?.events ?? '…'}</dd>
        <dt>Entities</dt><dd>{info?.entities ?? '…'}</dd>
        <dt>Your events</dt><dd data-testid="own-count">{info?.own ?? '…'}</dd>
        <dt>Your notes</dt><dd data-testid="notes-count">{info?.notes ?? '…'}</dd>
        <dt>Saved events</dt><dd data-testid="saved-count">{info?.saved ?? '…'}</dd>
      </dl>
      <button type="button" onClick={() => void recheck()} data-testid="recheck">Check the bundled dataset</button>
      <p role="status" aria-live="polite">{status}</p>
    </section>
  );
}
