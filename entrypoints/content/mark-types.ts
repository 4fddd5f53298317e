/** What gets marked, and under which of the reader's 'marked types' each entity type falls. */
import type { EntityType, Lang } from '../../core/types';
import type { MarkType } from '../../lib/settings';

export interface Mark {
  /** Stable across rescans, so unchanged marks keep their Range and highlight entry. */
  key: string;
  /** Page-wide offsets. */
  start: number;
  end: number;
  type: MarkType;
  text: string;
  entityId?: string;
  lang?: Lang;
  /** For date marks: the resolved date at its precision. */
  date?: string;
  range: Range;
}

export function markTypeOf(type: EntityType): MarkType {
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

export const MARK_TYPES: readonly MarkType[] = ['person', 'organisation', 'place', 'agreement', 'date'];
