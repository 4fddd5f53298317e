/**
 * The sites where the reader turned the lens off, each with 'Turn on again': the way back from a card's
 * 'Turn off on <site>' whatever page the reader is on now. Shown in the popup's settings and the options page.
 */
import type { Settings } from '../../lib/settings';
import { enableSite, turnedOffSites } from '../../lib/site-list';
import { useI18n } from '../../lib/i18n/use-i18n';

interface Props {
  settings: Settings;
  onChange: (change: (s: Settings) => Settings) => void;
  /** Id of the heading the caller gives the list. */
  headingId: string;
}

export function TurnedOffSites({ settings, onChange, headingId }: Props) {
  const { t } = useI18n();
  const sites = turnedOffSites(settings);
  if (sites.length === 0) return <p class="muted" data-testid="turned-off-none">{t('sites.none')}</p>;
  return (
    <ul class="sites" aria-labelledby={headingId} data-testid="turned-off-sites">
      {sites.map((site) => (
        <li key={site}>
          <span translate={false}>{site}</span>
          <button type="button" aria-label={t('sites.turnOnAt', { site })} onClick={() => onChange((s) => enableSite(s, site))}>
            {t('sites.turnOn')}
          </button>
        </li>
      ))}
    </ul>
  );
}
