/**
 * 'Add this article as an event', in the popup's 'On this page': the own-event form, filled in from the page
 * (its publication date, else today; its title; its address as the source; the entities its marks name, most
 * named first). Once saved, the tab summarizes the page again, and the event is linked on it
 * (`core/own-page-links.ts`: an own event citing a page is what that page is about).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OwnEvent } from '../../data/db';
import type { TabPageState } from '../../lib/messages';
import { useI18n } from '../../lib/i18n/use-i18n';
import { ask, resolveTab } from '../../entrypoints/popup/page-state-request';
import { COUNTRY_ENTITY_IDS } from '../../entrypoints/content/mark-types';
import { OwnEventForm, type OwnEventPrefill } from './OwnEventForm';

const MAX_ENTITIES = 10;

export function articlePrefill(state: TabPageState, today = new Date()): OwnEventPrefill {
  const analysis = state.analysis;
  // As the page marks them by default: country names (China, Russia…) are on every line of such a page and say nothing.
  const entities = [...(analysis?.entities ?? [])].filter((e) => !COUNTRY_ENTITY_IDS.has(e.id)).sort((a, b) => b.count - a.count).slice(0, MAX_ENTITIES).map((e) => e.id);
  const main = analysis?.events.find((e) => e.tier === 'about');
  return {
    date: analysis?.published?.slice(0, 10) ?? today.toISOString().slice(0, 10),
    title: (state.title ?? '').trim().slice(0, 300),
    sources: state.url && /^https?:/.test(state.url) ? [state.url] : [],
    entities,
    ...(main ? { kind: main.kind } : {}),
  };
}

export function AddArticleEvent({ state, onAdded }: { state: TabPageState; onAdded: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<OwnEvent | null>(null);
  const section = useRef<HTMLElement>(null);
  // The form opens where the button was, below the page's events: focus and view follow it.
  useEffect(() => {
    if (!open) return;
    section.current?.scrollIntoView?.({ block: 'start' });
    section.current?.querySelector<HTMLInputElement>('input[name=title]')?.focus();
  }, [open]);
  const done = async (saved?: OwnEvent) => {
    setOpen(false);
    if (!saved) return;
    setAdded(saved);
    // The tab reads its summary again so the new event is linked on the page (and listed above).
    const tab = await resolveTab().catch(() => null);
    if (tab) await ask(tab.id, { lens: 'resummarize' }).catch(() => null);
    onAdded();
  };
  if (open) {
    return (
      <section class="add-article" aria-labelledby="add-article-h" ref={section}>
        <h3 id="add-article-h">{t('article.formHeading')}</h3>
        <OwnEventForm prefill={articlePrefill(state)} onDone={(saved) => void done(saved)} />
      </section>
    );
  }
  return (
    <p class="add-article">
      <button type="button" class="link-button" data-testid="add-article-event" onClick={() => setOpen(true)}>{t('article.add')}</button>
      {added && <span class="muted" role="status" data-testid="article-added"> {t('article.added')}</span>}
    </p>
  );
}
