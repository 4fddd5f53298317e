/**
 * The bundled dataset: every curated file in data/, merged. Imported by the background
 * (seeding, scanning), the CLI and tests. The popup and content script never import it:
 * they read the database or ask the background, which keeps their bundles small.
 */
import type { Dataset, Entity, Event } from '../core/types';
import people from './entities/people.json';
import organisations from './entities/organisations.json';
import places from './entities/places.json';
import agreementsProjects from './entities/agreements-projects.json';
import concepts from './entities/concepts.json';
import extraLeaders from './entities/extra-leaders.json';
import extraHistory from './entities/extra-history.json';
import extraSectors from './entities/extra-sectors.json';
import leaders from './events/leaders.json';
import history from './events/history.json';
import sectors from './events/sectors.json';
import energyEconomyEntities from './entities/energy-economy.json';
import securityMultilateralEntities from './entities/security-multilateral.json';
import regionsTransportEntities from './entities/regions-transport.json';
import scienceCultureEntities from './entities/science-culture.json';
import sovietDiplomacyEntities from './entities/soviet-diplomacy.json';
import energyEconomyEvents from './events/energy-economy.json';
import securityMultilateralEvents from './events/security-multilateral.json';
import regionsTransportEvents from './events/regions-transport.json';
import scienceCultureEvents from './events/science-culture.json';
import sovietDiplomacyEvents from './events/soviet-diplomacy.json';

export const entityFiles: Record<string, Entity[]> = {
  'entities/people.json': people as Entity[],
  'entities/organisations.json': organisations as Entity[],
  'entities/places.json': places as Entity[],
  'entities/agreements-projects.json': agreementsProjects as Entity[],
  'entities/concepts.json': concepts as Entity[],
  'entities/extra-leaders.json': extraLeaders as Entity[],
  'entities/extra-history.json': extraHistory as Entity[],
  'entities/extra-sectors.json': extraSectors as Entity[],
  'entities/energy-economy.json': energyEconomyEntities as Entity[],
  'entities/security-multilateral.json': securityMultilateralEntities as Entity[],
  'entities/regions-transport.json': regionsTransportEntities as Entity[],
  'entities/science-culture.json': scienceCultureEntities as Entity[],
  'entities/soviet-diplomacy.json': sovietDiplomacyEntities as Entity[],
};

export const eventFiles: Record<string, Event[]> = {
  'events/leaders.json': leaders as Event[],
  'events/history.json': history as Event[],
  'events/sectors.json': sectors as Event[],
  'events/energy-economy.json': energyEconomyEvents as Event[],
  'events/security-multilateral.json': securityMultilateralEvents as Event[],
  'events/regions-transport.json': regionsTransportEvents as Event[],
  'events/science-culture.json': scienceCultureEvents as Event[],
  'events/soviet-diplomacy.json': sovietDiplomacyEvents as Event[],
};

export const dataset: Dataset = {
  entities: Object.values(entityFiles).flat(),
  events: Object.values(eventFiles).flat().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)),
};

/** FNV-1a over the canonical JSON: changes whenever any bundled fact changes, so seeding can't be forgotten. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function datasetVersion(data: Dataset): string {
  return `${data.events.length}e-${data.entities.length}n-${fnv1a(JSON.stringify(data))}`;
}

/**
 * Written into the extension's bundles at build time (wxt.config.ts): hashing 2 MB of JSON cost a
 * woken service worker ~60 ms before it could answer anything. Node (CLI, tests) computes it here.
 */
declare const __LENS_DATASET_VERSION__: string | undefined;

export const DATASET_VERSION = typeof __LENS_DATASET_VERSION__ === 'string' ? __LENS_DATASET_VERSION__ : datasetVersion(dataset);
