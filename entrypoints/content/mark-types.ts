/** What gets marked, and under which of the reader's 'marked types' each entity type falls. */
import type { EntityType, Lang } from '../../core/types';
import type { MarkType } from '../../lib/settings';

export interface Mark {
  /** Stable across rescans, so unchanged marks keep their Range and highlight entry. */
  key: string;
  /** Page-wide offsets. */
  start: number;
  end: number;
  type: Exclude<MarkType, 'country'>;
  text: string;
  entityId?: string;
  lang?: Lang;
  /** For date marks: the resolved date at its precision. */
  date?: string;
  /** The second of two touching marks: painted apart (mark-style.ts). */
  alt?: boolean;
  /** Not painted (a later mention under 'first mention only'); listed in the panel and reachable from it. */
  quiet?: boolean;
  /** Inside a link: painted without a text-decoration (set when placed). */
  inLink?: boolean;
  range: Range;
}

export function markTypeOf(type: EntityType): Exclude<MarkType, 'country'> {
  switch (type) {
    case 'person':
    case 'organisation':
    case 'place':
      return type;
    default:
      // Agreements, projects, exercises, named events and relationship phrases read as one class: 'things that happened'.
      return 'agreement';
  }
}

/** The highlight classes; 'country' only switches country names on or off within 'place'. */
export const MARK_TYPES: readonly Exclude<MarkType, 'country'>[] = ['person', 'organisation', 'place', 'agreement', 'date'];

/** Countries and states named in nearly every sentence of a China–Russia page (see MarkType 'country'). */
export const COUNTRY_ENTITY_IDS: ReadonlySet<string> = new Set([
  'china', 'russia', 'soviet-union', 'ukraine', 'kazakhstan', 'kyrgyzstan', 'mongolia', 'tajikistan', 'uzbekistan',
]);
