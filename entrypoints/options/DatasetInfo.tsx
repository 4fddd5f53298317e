import { useState } from 'preact/hooks';
import { bundledCounts } from '../../data/bundled-store';
import { getDb } from '../../data/db';
import { sendToBackground } from '../../lib/send-message';
import { useLiveQuery } from '../../components/user/use-live-query';
import { useI18n } from '../../lib/i18n/use-i18n';

/** The bundled dataset's version and counts, and a repair button that re-checks it against the database. */
export function DatasetInfo() {
  const { t, n } = useI18n();
  const db = getDb();
  const info = useLiveQuery(async () => ({
    version: (await db.meta.get('datasetVersion'))?.value as string | undefined,
    ...(await bundledCounts(db)),
    own: await db.ownEvents.count(),
    notes: await db.notes.count(),
    saved: await db.saved.count(),
  }), []);
  const [status, setStatus] = useState('');
  const recheck = async () => {
    setStatus(t('dataset.checking'));
    try {
      const r = await sendToBackground('recheck-dataset', {});
      setStatus(r.seeded ? t('dataset.reinstalled', { count: r.events }) : t('dataset.upToDate'));
    } catch (err) {
      setStatus(t('dataset.checkFailed', { error: err instanceof Error ? err.message : String(err) }));
    }
  };
  return (
    <section aria-labelledby="dataset-h">
      <h2 id="dataset-h">{t('dataset.heading')}</h2>
      <dl class="stats" data-testid="dataset-info">
        <dt>{t('dataset.version')}</dt><dd data-testid="dataset-version">{info?.version ?? '…'}</dd>
        <dt>{t('dataset.events')}</dt><dd data-testid="dataset-events" data-count={info?.events}>{info ? n(info.events) : '…'}</dd>
        <dt>{t('dataset.entities')}</dt><dd>{info ? n(info.entities) : '…'}</dd>
        <dt>{t('saved.own')}</dt><dd data-testid="own-count">{info?.own ?? '…'}</dd>
        <dt>{t('saved.notes')}</dt><dd data-testid="notes-count">{info?.notes ?? '…'}</dd>
        <dt>{t('saved.events')}</dt><dd data-testid="saved-count">{info?.saved ?? '…'}</dd>
      </dl>
      <button type="button" onClick={() => void recheck()} data-testid="recheck">{t('dataset.recheck')}</button>
      <p role="status" aria-live="polite">{status}</p>
    </section>
  );
}
