/**
 * `npm run --silent data:stats`: how much of the relationship the dataset covers — events per area,
 * the Soviet era (1949–1991, by date), per kind and decade; entities per type; translation coverage.
 */
import { dataset } from '../data/dataset';
import { EVENT_AREAS } from '../core/types';

const { events, entities } = dataset;
const count = <T extends string>(values: T[]) => {
  const out = new Map<T, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return [...out.entries()].sort((a, b) => b[1] - a[1]);
};
const line = (label: string, n: number) => `  ${label.padEnd(16)} ${String(n).padStart(5)}`;

console.log(`events ${events.length}, entities ${entities.length}`);
console.log('events per area:');
const byArea = new Map(count(events.map((e) => e.area ?? '(none)')));
for (const area of EVENT_AREAS) console.log(line(area, byArea.get(area) ?? 0));
if (byArea.has('(none)')) console.log(line('(no area)', byArea.get('(none)')!));
console.log(line('soviet-era', events.filter((e) => e.date >= '1949' && e.date < '1992').length) + '   (1949–1991, by date)');
console.log('events per kind:');
for (const [kind, n] of count(events.map((e) => e.kind))) console.log(line(kind, n));
console.log('events per decade:');
for (const [d, n] of count(events.map((e) => `${e.date.slice(0, 3)}0s`)).sort()) console.log(line(d, n));
console.log('entities per type:');
for (const [type, n] of count(entities.map((e) => e.type))) console.log(line(type, n));
const evT = events.filter((e) => e.translations?.zh?.title && e.translations?.ru?.title).length;
const enT = entities.filter((e) => e.translations?.zh?.description && e.translations?.ru?.description).length;
console.log(`translated: events ${evT}/${events.length}, entities ${enT}/${entities.length}`);
console.log(`sources: events with ≥1 ${events.filter((e) => e.sources.length > 0).length}, with ≥2 ${events.filter((e) => e.sources.length > 1).length}`);
