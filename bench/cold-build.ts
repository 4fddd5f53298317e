/**
 * One cold engine build, as a woken service worker pays it: run in a fresh process by
 * scan.bench.ts. Prints JSON: the build, the first analyze of a short three-language text, and a
 * rebuild after the reader's own events change (same entities array, new events array) next to a
 * rebuild from a fresh copy of the entities (what every rebuild cost before the finder was shared).
 */
import { dataset } from '../data/dataset';
import { createEngine } from '../core/engine';

const t0 = performance.now();
const engine = createEngine(dataset);
const t1 = performance.now();
engine.analyze('Xi Jinping met Vladimir Putin in Samarkand on 15 September 2022. 习近平2024年5月16日会见普京。Путин прибыл в Пекин 16 мая 2024 года.', '2024-05-17');
const t2 = performance.now();
createEngine({ entities: dataset.entities, events: [...dataset.events] });
const t3 = performance.now();
createEngine({ entities: [...dataset.entities], events: [...dataset.events] });
const t4 = performance.now();
console.log(JSON.stringify({ build: t1 - t0, firstAnalyze: t2 - t1, rebuildSameEntities: t3 - t2, rebuildNewEntities: t4 - t3 }));
