/** What the page panel lists: the marks grouped by entity (in order of first mention) and the page's events. */
import type { PanelGroup, PanelProps } from '../../components/card/Panel';
import type { Summary } from './mark-specs';
import type { Mark } from './mark-types';
import { snippet } from './page-text';

/** Mentions listed per entity; on very long pages the rest are counted, not listed. */
export const PANEL_ITEMS_PER_ENTITY = 100;
const PANEL_EVENTS = 10;

export function panelContents(marks: readonly Mark[], summary: Summary | null): Pick<PanelProps, 'groups' | 'events' | 'sinoRussian'> {
  const entities = new Map((summary?.entities ?? []).map((e) => [e.id, e]));
  const groups = new Map<string, PanelGroup>();
  marks.forEach((mark, markIndex) => {
    if (!mark.entityId) return;
    let group = groups.get(mark.entityId);
    if (!group) {
      const entity = entities.get(mark.entityId);
      group = { id: mark.entityId, name: entity?.name ?? mark.text, names: entity?.names, type: entity?.type, items: [], more: 0 };
      groups.set(mark.entityId, group);
    }
    if (group.items.length >= PANEL_ITEMS_PER_ENTITY) group.more++;
    else group.items.push({ key: mark.key, markIndex, context: snippet(mark.range) });
  });
  return {
    groups: [...groups.values()],
    events: (summary?.events ?? []).slice(0, PANEL_EVENTS),
    sinoRussian: summary?.sinoRussian ?? false,
  };
}
