/** Labels for the dataset's enumerations, each an explicit catalogue key (so unused keys can be found). */
import type { EntityType, EventArea, EventKind, Side } from '../../core/types';
import type { MessageKey, Translator } from './i18n';

const TYPE: Record<EntityType, MessageKey> = {
  person: 'type.person',
  organisation: 'type.organisation',
  place: 'type.place',
  agreement: 'type.agreement',
  project: 'type.project',
  exercise: 'type.exercise',
  event: 'type.event',
  concept: 'type.concept',
};

const SIDE: Record<Side, MessageKey> = { china: 'side.china', russia: 'side.russia', both: 'side.both', other: 'side.other' };

const KIND: Record<EventKind, MessageKey> = {
  meeting: 'kind.meeting',
  'state-visit': 'kind.state-visit',
  call: 'kind.call',
  summit: 'kind.summit',
  treaty: 'kind.treaty',
  agreement: 'kind.agreement',
  statement: 'kind.statement',
  diplomacy: 'kind.diplomacy',
  conflict: 'kind.conflict',
  border: 'kind.border',
  exercise: 'kind.exercise',
  energy: 'kind.energy',
  trade: 'kind.trade',
  finance: 'kind.finance',
  space: 'kind.space',
  culture: 'kind.culture',
  infrastructure: 'kind.infrastructure',
  military: 'kind.military',
  science: 'kind.science',
  education: 'kind.education',
};

const AREA: Record<EventArea, MessageKey> = {
  diplomacy: 'area.diplomacy',
  energy: 'area.energy',
  economy: 'area.economy',
  security: 'area.security',
  regions: 'area.regions',
  science: 'area.science',
  people: 'area.people',
  multilateral: 'area.multilateral',
};

type T = Translator['t'];
export const typeLabel = (t: T, type: EntityType) => (TYPE[type] ? t(TYPE[type]) : type);
export const sideLabel = (t: T, side: Side) => (SIDE[side] ? t(SIDE[side]) : side);
export const kindLabel = (t: T, kind: EventKind) => (KIND[kind] ? t(KIND[kind]) : kind);
export const areaLabel = (t: T, area: EventArea) => (AREA[area] ? t(AREA[area]) : area);
