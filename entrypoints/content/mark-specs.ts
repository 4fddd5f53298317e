/**
 * Which spans of the page get marked, from the background's answer. Only references that survived
 * the engine's resolution are marked; a reader's unticked types are left out.
 */
import type { Reference, TextFeatures } from '../../core/types';
import { inSpans } from '../../core/regions';
import type { MarkType } from '../../lib/settings';
import type { ResponseOf } from '../../lib/messages';
import { COUNTRY_ENTITY_IDS, markTypeOf, type Mark } from './mark-types';
import { choosePaint } from './mark-style';

export type Summary = ResponseOf<'summarize-page'>;
export type MarkSpec = Omit<Mark, 'range' | 'inLink'>;

/** The references the engine kept. Without `references` in the answer, every candidate of an entity the page is about counts. */
export function resolvedReferences(summary: Summary, features: TextFeatures): Reference[] {
  if (summary.references) return summary.references;
  const ids = new Set(summary.entities.map((e) => e.id));
  return features.references.filter((r) => ids.has(r.entityId));
}

/**
 * `wholePage`: the reader's setting to mark outside the article too. Otherwise only what lies in the
 * summary's `body` (the regions judged to be about China–Russia) is marked, when the summary has one.
 * `firstOnly`: later mentions of a name are kept as quiet marks (listed in the panel, not painted).
 */
export function markSpecs(
  summary: Summary,
  features: TextFeatures,
  marked: Record<MarkType, boolean>,
  epoch = 0,
  wholePage = false,
  firstOnly = false,
): MarkSpec[] {
  const body = !wholePage && summary.body?.length ? summary.body : null;
  const within = (start: number) => body === null || inSpans(body, start);
  // Entities counted for the page are the body's; outside it, any entity the engine resolved.
  const types = new Map([...(summary.elsewhere ?? []), ...summary.entities].map((e) => [e.id, e.type]));
  const refs = resolvedReferences(summary, features);
  const out: MarkSpec[] = [];
  for (const r of refs) {
    if (!within(r.start)) continue;
    const entityType = types.get(r.entityId);
    if (!entityType || r.end <= r.start) continue;
    const type = markTypeOf(entityType);
    if (!marked[type]) continue;
    if (!marked.country && COUNTRY_ENTITY_IDS.has(r.entityId)) continue;
    out.push({ key: `${epoch}:${r.start}:${r.end}:${r.entityId}`, start: r.start, end: r.end, type, text: r.text, entityId: r.entityId, lang: r.lang });
  }
  if (marked.date) {
    for (const d of features.dates) {
      if (d.end <= d.start || !within(d.start)) continue;
      out.push({ key: `${epoch}:${d.start}:${d.end}:@${d.date}`, start: d.start, end: d.end, type: 'date', text: d.text, date: d.date });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // The paint is part of the key: a mark whose alternation or quietness changed is placed afresh.
  return choosePaint(out, firstOnly).map(({ alt, quiet }, i) => {
    const spec = out[i];
    return { ...spec, key: `${spec.key}:${alt ? 'b' : 'a'}${quiet ? 'q' : ''}`, alt, quiet };
  });
}
