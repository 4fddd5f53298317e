/**
 * One entity: who or what it is (in the reader's language), its names in English, Chinese and Russian,
 * and all its events on the timeline. Reached from an entity chip, from a search that names it, and
 * from the in-page card's 'All N events →' (which opens the popup page at ?entity=ID).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entity, Event } from '../../core/types';
import { useI18n } from '../../lib/i18n/use-i18n';
import { entityDescription, entityName, namesOf } from '../../lib/i18n/content-text';
import { Fallback } from '../card/Card';
import { EventTrack } from './EventTrack';
import { YearScrubber } from './YearScrubber';

interface Props {
  entity: Pick<Entity, 'id' | 'name' | 'names' | 'aliases' | 'description' | 'translations'>;
  events: readonly Event[];
  onOpen: (id: string) => void;
  onBack: () => void;
}

const LANGS = [
  ['en', 'entity.lang.en'],
  ['zh', 'entity.lang.zh'],
  ['ru', 'entity.lang.ru'],
] as const;

export function EntityView({ entity, events, onOpen, onBack }: Props) {
  const { t, contentLang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [jump, setJump] = useState<{ year: number; n: number } | null>(null);
  // Opened, it takes focus; shown again after an event's detail, the way back restores focus itself.
  useEffect(() => {
    const at = document.activeElement;
    if (!at || at === document.body || !at.closest('.entity-view')) heading.current?.focus();
  }, [entity.id]);
  const name = entityName(entity, contentLang);
  const about = entityDescription(entity, contentLang);
  const names = { ...namesOf(entity), en: entity.names?.en ?? entity.name };
  return (
    <article
      class="panel entity-view"
      aria-labelledby="entity-title"
      data-entity-id={entity.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onBack();
        }
      }}
    >
      <button type="button" class="back" onClick={onBack}>← {t('detail.back')}</button>
      <h2 id="entity-title" tabIndex={-1} ref={heading} translate={false}>{name}</h2>
      <p class="summary" lang={about.fallback ? 'en' : contentLang}>
        {about.text}
        <Fallback fallback={about.fallback} />
      </p>
      <dl class="entity-names" aria-label={t('entity.names')}>
        {LANGS.filter(([lang]) => names[lang]).map(([lang, label]) => (
          <div key={lang}>
            <dt>{t(label)}</dt>
            <dd lang={lang === 'zh' ? 'zh-CN' : lang} translate={false}>{names[lang]}</dd>
          </div>
        ))}
      </dl>
      <h3 id="entity-events">{t('entity.allEvents', { count: events.length, name })}</h3>
      <YearScrubber events={events} onPick={(year) => setJump((j) => ({ year, n: (j?.n ?? 0) + 1 }))} />
      <EventTrack id="entity-track" label={t('entity.allEvents', { count: events.length, name })} events={events} onOpen={onOpen} jump={jump} />
    </article>
  );
}
