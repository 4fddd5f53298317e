/**
 * Seventeen event kinds are too many colours to tell apart, so the timeline colours kinds by family;
 * each family has a legend entry and a colour that holds contrast on light and dark backgrounds.
 */
import type { EventKind } from '../../core/types';

export interface KindFamily {
  id: string;
  label: string;
  kinds: readonly EventKind[];
}

export const KIND_FAMILIES: readonly KindFamily[] = [
  { id: 'meetings', label: 'Meetings & visits', kinds: ['meeting', 'state-visit', 'call', 'summit'] },
  { id: 'agreements', label: 'Agreements & diplomacy', kinds: ['treaty', 'agreement', 'statement', 'diplomacy'] },
  { id: 'security', label: 'Security & border', kinds: ['conflict', 'border', 'exercise', 'military'] },
  { id: 'economy', label: 'Economy & energy', kinds: ['energy', 'trade', 'finance', 'infrastructure'] },
  { id: 'science', label: 'Science & culture', kinds: ['space', 'science', 'culture', 'education'] },
];

const familyOf = new Map<EventKind, KindFamily>();
for (const f of KIND_FAMILIES) for (const k of f.kinds) familyOf.set(k, f);

export function kindFamily(kind: EventKind): KindFamily {
  return familyOf.get(kind) ?? KIND_FAMILIES[0];
}

const LABELS: Partial<Record<EventKind, string>> = { 'state-visit': 'State visit', call: 'Call or video meeting' };

export function kindLabel(kind: EventKind): string {
  return LABELS[kind] ?? kind[0].toUpperCase() + kind.slice(1);
}
