/**
 * The keyboard shortcuts as the reader has them: the browser keeps the bindings (the reader can change them
 * in its shortcut settings), `commands.getAll()` reports them, and this turns its answer into the rows the
 * popup, the options page and the first-run page show. The defaults are those in wxt.config.ts's manifest.
 */
export type ShortcutId = 'popup' | 'next' | 'previous' | 'panel' | 'quote';

/** Manifest command names → our rows. The popup's command is `_execute_action` in MV3, `_execute_browser_action` in MV2. */
export const COMMAND_SHORTCUT: Record<string, ShortcutId> = {
  _execute_action: 'popup',
  _execute_browser_action: 'popup',
  'next-reference': 'next',
  'previous-reference': 'previous',
  'toggle-panel': 'panel',
  'save-quote': 'quote',
};

/**
 * The suggested keys of wxt.config.ts (checked against the built manifests by tests/e2e/keys.e2e.ts). Chrome takes
 * at most four, so 'previous' has none ('': the reader may bind one; a focused card steps back with k).
 */
export const DEFAULT_SHORTCUTS: Record<ShortcutId, string> = {
  popup: 'Alt+Shift+O',
  next: 'Alt+Shift+J',
  previous: '',
  panel: 'Alt+Shift+L',
  quote: 'Alt+Shift+Q',
};

const ORDER: ShortcutId[] = ['popup', 'next', 'previous', 'panel', 'quote'];

export interface ShortcutRow {
  id: ShortcutId;
  /** The keys, split for <kbd> ('Alt', 'Shift', 'O'); empty when the reader removed the binding. */
  keys: string[];
}

/** Splits 'Alt+Shift+O' (Chrome, Firefox) or '⌥⇧O' (Chrome on macOS) into keys. */
export function splitKeys(shortcut: string | undefined): string[] {
  const s = (shortcut ?? '').trim();
  if (!s) return [];
  if (s.includes('+')) return s.split('+').map((k) => k.trim()).filter(Boolean);
  return [...s];
}

/** Rows for the reader's bindings; `commands` null (no commands API answered) shows the defaults. */
export function shortcutRows(commands: ReadonlyArray<{ name?: string; shortcut?: string }> | null): ShortcutRow[] {
  const bound = new Map<ShortcutId, string>();
  if (commands === null) for (const id of ORDER) bound.set(id, DEFAULT_SHORTCUTS[id]);
  else {
    for (const c of commands) {
      const id = c.name ? COMMAND_SHORTCUT[c.name] : undefined;
      if (id) bound.set(id, c.shortcut ?? '');
    }
  }
  return ORDER.filter((id) => bound.has(id)).map((id) => ({ id, keys: splitKeys(bound.get(id)) }));
}
