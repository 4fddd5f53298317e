/**
 * The keys, where a reader looks for them (popup, options, first-run page): each shortcut as the browser has
 * it bound now, the panel's own keys, and a way to the browser's shortcut settings to change them.
 */
import { useI18n } from '../../lib/i18n/use-i18n';
import type { MessageKey } from '../../lib/i18n/i18n';
import type { ShortcutId } from '../../lib/shortcuts';
import { shortcutSettingsOpener, useShortcuts } from './use-shortcuts';

const LABELS: Record<ShortcutId, MessageKey> = {
  popup: 'keys.popup',
  next: 'keys.next',
  previous: 'keys.previous',
  panel: 'keys.panel',
  quote: 'keys.quote',
};

export function ShortcutList() {
  const { t } = useI18n();
  const rows = useShortcuts();
  const openSettings = shortcutSettingsOpener();
  return (
    <div class="shortcuts" data-testid="shortcuts">
      <dl>
        {rows.map((row) => (
          <div key={row.id} class="shortcut" data-shortcut={row.id}>
            <dt>{t(LABELS[row.id])}</dt>
            <dd>
              {row.keys.length === 0 ? (
                <span class="muted">{t('keys.notSet')}</span>
              ) : (
                <kbd translate={false}>
                  {row.keys.map((k, i) => (
                    <span key={i}>
                      {i > 0 && '+'}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </kbd>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p class="muted">{t('keys.inCard')} {t('panel.keys')}</p>
      {openSettings && (
        <button type="button" class="link-button" onClick={openSettings}>
          {t('keys.change')}
        </button>
      )}
    </div>
  );
}
