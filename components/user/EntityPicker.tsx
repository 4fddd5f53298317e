/**
 * Picks entities by the names a reader knows, in any script: type 'Putin', 'Путин' or '普京' and choose from
 * the suggestions, or type a list ('Putin, Harbin') and press Enter. Chosen entities show as chips named in
 * the reader's language. An ARIA combobox: arrows move through suggestions, Enter picks, Escape closes.
 */
import { useMemo, useState } from 'preact/hooks';
import { entityName } from '../../lib/i18n/content-text';
import { useI18n } from '../../lib/i18n/use-i18n';
import { parseEntityList, suggestEntities, type EntityNames } from '../../data/user-data/entity-names';
import { loadEntityNames } from './use-entities';

interface Props {
  names: EntityNames | undefined;
  value: string[];
  onChange: (ids: string[]) => void;
  /** What is typed but not yet a chip; the form reads it on submit. */
  text: string;
  onText: (text: string) => void;
  labelId: string;
  describedBy?: string;
}

export function EntityPicker({ names, value, onChange, text, onText, labelId, describedBy }: Props) {
  const { t, contentLang } = useI18n();
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  // Suggestions are for the piece after the last comma: 'Putin, Har' suggests Harbin.
  const pieces = text.split(/[,，、;；]/);
  const current = pieces[pieces.length - 1]!.trim();
  const suggestions = useMemo(() => (names && current ? suggestEntities(names, current, 8, new Set(value)) : []), [names, current, value]);
  const expanded = open && suggestions.length > 0;
  const nameOf = (id: string) => {
    const e = names?.byId.get(id);
    return e ? entityName(e, contentLang) : id;
  };

  const choose = (id: string) => {
    // Earlier complete pieces ('Putin, ') are read too, so nothing typed is lost.
    const before = names ? parseEntityList(names, pieces.slice(0, -1).join(',')) : { ids: [], unknown: [], ambiguous: [] };
    onChange([...new Set([...value, ...before.ids, id])]);
    onText([...before.unknown, ...before.ambiguous.map((a) => a.text)].join(', '));
    setOpen(false);
    setActive(0);
  };
  /** Enter with no suggestion open: every piece that names one entity becomes a chip; the rest stays typed. */
  const commitTyped = (from: EntityNames | undefined = names): boolean => {
    if (!text.trim()) return false;
    if (!from) {
      // Typed before the names arrived (a fast reader, a cold page): read the list once they are in.
      void loadEntityNames().then((loaded) => commitTyped(loaded));
      return true;
    }
    const parsed = parseEntityList(from, text);
    if (!parsed.ids.length) return false;
    onChange([...new Set([...value, ...parsed.ids])]);
    onText([...parsed.unknown, ...parsed.ambiguous.map((a) => a.text)].join(', '));
    return true;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && suggestions.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (expanded ? (i + 1) % suggestions.length : 0));
    } else if (e.key === 'ArrowUp' && expanded) {
      e.preventDefault();
      setActive((i) => (i - 1 + suggestions.length) % suggestions.length);
    } else if (e.key === 'Enter') {
      // A typed list ('Putin, Harbin') is read whole; a single piece takes the highlighted suggestion.
      const isList = /[,，、;；]/.test(text);
      if (isList && commitTyped()) e.preventDefault();
      else if (expanded && suggestions[active]) {
        e.preventDefault();
        choose(suggestions[active].id);
      } else if (commitTyped()) e.preventDefault();
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    } else if (e.key === 'Backspace' && !text && value.length) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div class="crl-picker">
      {value.length > 0 && (
        <ul class="crl-chips" aria-label={t('picker.chosen')} data-testid="picked-entities">
          {value.map((id) => (
            <li key={id} data-entity-id={id}>
              <span translate={false}>{nameOf(id)}</span>
              <button type="button" class="crl-chip-remove" aria-label={t('picker.remove', { name: nameOf(id) })} onClick={() => onChange(value.filter((x) => x !== id))}>×</button>
            </li>
          ))}
        </ul>
      )}
      <input
        name="entities"
        role="combobox"
        autocomplete="off"
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-autocomplete="list"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls="crl-entity-suggestions"
        aria-activedescendant={expanded ? `crl-entity-option-${active}` : undefined}
        value={text}
        placeholder={t('picker.placeholder')}
        onInput={(e) => {
          onText((e.target as HTMLInputElement).value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id="crl-entity-suggestions" role="listbox" class="crl-suggestions" hidden={!expanded} aria-label={t('picker.suggestions')}>
        {expanded &&
          suggestions.map((s, i) => (
            <li
              key={s.id}
              id={`crl-entity-option-${i}`}
              role="option"
              aria-selected={i === active ? 'true' : 'false'}
              data-entity-id={s.id}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(s.id);
              }}
            >
              <span translate={false}>{nameOf(s.id)}</span>
              {s.matched !== nameOf(s.id) && <span class="crl-muted" translate={false}> · {s.matched}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
