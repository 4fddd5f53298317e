/** Settings: this site on/off, pause everywhere, what gets marked, theme. Saved to extension storage at once. */
import { MARK_STYLES, type MarkStyle, type MarkType, type Settings as SettingsValue, type Theme } from '../../lib/settings';
import type { InterfaceLanguage, MessageKey } from '../../lib/i18n/i18n';
import { useI18n } from '../../lib/i18n/use-i18n';

interface Props {
  settings: SettingsValue;
  hostname?: string;
  onChange: (change: (s: SettingsValue) => SettingsValue) => void;
  onToggleSite: () => void;
}

const MARK_LABELS: Record<MarkType, MessageKey> = {
  person: 'settings.mark.person',
  organisation: 'settings.mark.organisation',
  place: 'settings.mark.place',
  country: 'settings.mark.country',
  agreement: 'settings.mark.agreement',
  date: 'settings.mark.date',
};

const THEMES: { value: Theme; label: MessageKey }[] = [
  { value: 'auto', label: 'settings.theme.auto' },
  { value: 'page', label: 'settings.theme.page' },
  { value: 'light', label: 'settings.theme.light' },
  { value: 'dark', label: 'settings.theme.dark' },
];

const STYLE_LABELS: Record<MarkStyle, MessageKey> = {
  soft: 'settings.markStyle.soft',
  underline: 'settings.markStyle.underline',
  tint: 'settings.markStyle.tint',
  hover: 'settings.markStyle.hover',
};

/** How marks look, and whether every mention or only the first of each name is marked (popup and options). */
export function MarkStyleSettings({ settings, onChange }: Pick<Props, 'settings' | 'onChange'>) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('settings.markStyle')}</legend>
      {MARK_STYLES.map((style) => (
        <label key={style} class="check">
          <input
            type="radio"
            name="mark-style"
            value={style}
            checked={settings.markStyle === style}
            onChange={() => onChange((s) => ({ ...s, markStyle: style }))}
          />
          <span>{t(STYLE_LABELS[style])}</span>
        </label>
      ))}
      <label class="check">
        <input
          type="checkbox"
          checked={settings.firstMentionOnly}
          onChange={() => onChange((s) => ({ ...s, firstMentionOnly: !s.firstMentionOnly }))}
        />
        <span>{t('settings.firstMentionOnly')}</span>
      </label>
    </fieldset>
  );
}

/** Each language is named in itself, so a reader who can't read the current one still finds theirs. */
const LANGUAGES: { value: InterfaceLanguage; label: MessageKey | string; lang?: string }[] = [
  { value: 'browser', label: 'settings.language.browser' },
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'zh', label: '中文', lang: 'zh-CN' },
  { value: 'ru', label: 'Русский', lang: 'ru' },
];

export function LanguageSettings({ settings, onChange }: Pick<Props, 'settings' | 'onChange'>) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t('settings.language')}</legend>
      <label class="field">
        <span>{t('settings.language.interface')}</span>
        <select
          value={settings.interfaceLanguage}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value as InterfaceLanguage;
            onChange((s) => ({ ...s, interfaceLanguage: value }));
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l.value} value={l.value} lang={l.lang}>
              {l.lang ? l.label : t(l.label as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.contentInPageLanguage}
          onChange={() => onChange((s) => ({ ...s, contentInPageLanguage: !s.contentInPageLanguage }))}
        />
        <span>{t('settings.language.pageContent')}</span>
      </label>
    </fieldset>
  );
}

export function Settings({ settings, hostname, onChange, onToggleSite }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [siteBefore, siteAfter] = i18n.around('settings.site', 'site');
  return (
    <section class="panel settings" aria-label={t('tab.settings')}>
      {hostname && (
        <label class="switch">
          <input type="checkbox" checked={!settings.disabledSites.includes(hostname)} onChange={onToggleSite} />
          <span>
            {siteBefore}
            <strong>{hostname}</strong>
            {siteAfter}
          </span>
        </label>
      )}
      <label class="switch">
        <input type="checkbox" checked={settings.paused} onChange={() => onChange((s) => ({ ...s, paused: !s.paused }))} />
        <span>{t('settings.pause')}</span>
      </label>
      <LanguageSettings settings={settings} onChange={onChange} />
      <fieldset>
        <legend>{t('settings.mark')}</legend>
        {(Object.keys(MARK_LABELS) as MarkType[]).map((t) => (
          <label key={t} class="check">
            <input
              type="checkbox"
              checked={settings.marked[t]}
              onChange={() => onChange((s) => ({ ...s, marked: { ...s.marked, [t]: !s.marked[t] } }))}
            />
            <span>{i18n.t(MARK_LABELS[t])}</span>
          </label>
        ))}
        <label class="check">
          <input
            type="checkbox"
            checked={settings.markWholePage}
            onChange={() => onChange((s) => ({ ...s, markWholePage: !s.markWholePage }))}
          />
          <span>{t('settings.markWholePage')}</span>
        </label>
      </fieldset>
      <MarkStyleSettings settings={settings} onChange={onChange} />
      <fieldset>
        <legend>{t('settings.theme')}</legend>
        {THEMES.map((th) => (
          <label key={th.value} class="check">
            <input type="radio" name="theme" value={th.value} checked={settings.theme === th.value} onChange={() => onChange((s) => ({ ...s, theme: th.value }))} />
            <span>{t(th.label)}</span>
          </label>
        ))}
      </fieldset>
      <p class="muted">{t('settings.private')}</p>
    </section>
  );
}
