/**
 * Seventeen event kinds are too many colours to tell apart, so the timeline colours kinds by family;
 * each family has a legend entry and a colour that holds contrast on light and dark backgrounds.
 */
import type { EventKind } from '../../core/types';
import type { MessageKey } from '../../lib/i18n/i18n';

export interface KindFamily {
  id: string;
  label: MessageKey;
  kinds: readonly EventKind[];
}

export const KIND_FAMILIES: readonly KindFamily[] = [
  { id: 'meetings', label: 'family.meetings', kinds: ['meeting', 'state-visit', 'call', 'summit'] },
  { id: 'agreements', label: 'family.agreements', kinds: ['treaty', 'agreement', 'statement', 'diplomacy'] },
  { id: 'security', label: 'family.security', kinds: ['conflict', 'border', 'exercise', 'military'] },
  { id: 'economy', label: 'family.economy', kinds: ['energy', 'trade', 'finance', 'infrastructure'] },
  { id: 'science', label: 'family.science', kinds: ['space', 'science', 'culture', 'education'] },
];

const familyOf = new Map<EventKind, KindFamily>();
for (const f of KIND_FAMILIES) for (const k of f.kinds) familyOf.set(k, f);

export function kindFamily(kind: EventKind): KindFamily {
  return familyOf.get(kind) ?? KIND_FAMILIES[0];
}
