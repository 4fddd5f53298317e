/** Settings: this site on/off, pause everywhere, what gets marked, theme. Saved to extension storage at once. */
import type { MarkType, Settings as SettingsValue, Theme } from '../../lib/settings';

interface Props {
  settings: SettingsValue;
  hostname?: string;
  onChange: (change: (s: SettingsValue) => SettingsValue) => void;
  onToggleSite: () => void;
}

const MARK_LABELS: Record<MarkType, string> = {
  person: 'People',
  organisation: 'Organisations',
  place: 'Places',
  country: 'Country names (China, Russia…)',
  agreement: 'Agreements and projects',
  date: 'Dates of events',
};

const THEMES: { value: Theme; label: string }[] = [
  { value: 'auto', label: 'Same as the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function Settings({ settings, hostname, onChange, onToggleSite }: Props) {
  return (
    <section class="panel settings" aria-label="Settings">
      {hostname && (
        <label class="switch">
          <input type="checkbox" checked={!settings.disabledSites.includes(hostname)} onChange={onToggleSite} />
          <span>Mark references on <strong>{hostname}</strong></span>
        </label>
      )}
      <label class="switch">
        <input type="checkbox" checked={settings.paused} onChange={() => onChange((s) => ({ ...s, paused: !s.paused }))} />
        <span>Pause the lens everywhere</span>
      </label>
      <fieldset>
        <legend>Mark these on pages</legend>
        {(Object.keys(MARK_LABELS) as MarkType[]).map((t) => (
          <label key={t} class="check">
            <input
              type="checkbox"
              checked={settings.marked[t]}
              onChange={() => onChange((s) => ({ ...s, marked: { ...s.marked, [t]: !s.marked[t] } }))}
            />
            <span>{MARK_LABELS[t]}</span>
          </label>
        ))}
        <label class="check">
          <input
            type="checkbox"
            checked={settings.markWholePage}
            onChange={() => onChange((s) => ({ ...s, markWholePage: !s.markWholePage }))}
          />
          <span>Mark in the whole page, not only the article (rails, related stories, comments)</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t.value} class="check">
            <input type="radio" name="theme" value={t.value} checked={settings.theme === t.value} onChange={() => onChange((s) => ({ ...s, theme: t.value }))} />
            <span>{t.label}</span>
          </label>
        ))}
      </fieldset>
      <p class="muted">Everything stays on this device: the lens makes no network requests.</p>
    </section>
  );
}
