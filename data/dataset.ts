/**
 * The bundled dataset: every curated file in data/, merged. Imported by the CLI, tests and the build
 * (which ships it as `dataset.json.gz` for the background: lib/background/bundled-dataset.ts). No
 * extension bundle imports it: the popup reads the database, the content script asks the background.
 */
import type { Dataset, Entity, Event } from '../core/types';
import { BUILT_DATASET_VERSION, datasetVersion } from './dataset-version';
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

export { datasetVersion };

export const DATASET_VERSION = BUILT_DATASET_VERSION ?? datasetVersion(dataset);
