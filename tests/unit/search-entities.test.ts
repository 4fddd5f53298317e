/**
 * Search that knows entities, on the REAL dataset: the queries issue #18 names give the right first
 * results, a person's name never brings another person's events, date sort, the relaxed-query offer.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { EventSearch } from '../../lib/search/event-search';
import { EntityQuery, nameKey } from '../../lib/search/entity-query';
import { queryParts, relaxQuery } from '../../lib/search/relax-query';
import type { Event } from '../../core/types';
import { nearbyEvents, relatedEvents } from '../../lib/search/related';

const search = new EventSearch(dataset.events, dataset.entities);
const hits = (q: string, order?: 'relevance' | 'newest' | 'oldest') => search.search(q, {}, Infinity, order).hits.map((h) => h.event);
const names = new EntityQuery(dataset.entities);
const entity = (id: string) => dataset.entities.find((e) => e.id === id)!;
/** Whether an event lists the entity or names it in its own words (any language, any of its names). */
const about = (ev: Event, id: string) => {
  if (ev.entities.includes(id)) return true;
  const e = entity(id);
  const text = nameKey([ev.title, ev.summary, ...Object.values(ev.translations ?? {}).flatMap((t) => [t?.title ?? '', t?.summary ?? ''])].join(' '));
  return [e.name, ...Object.values(e.names ?? {}), ...e.aliases.map((a) => a.text)].some((n) => text.includes(nameKey(n)));
};

describe('names in a query', () => {
  it('resolves a name in any script or alias, with Russian case endings', () => {
    const ids = (q: string) => names.resolve(q).map((m) => m.ids);
    expect(ids('Li Qiang')).toEqual([['li-qiang']]);
    expect(ids('li qiang')).toEqual([['li-qiang']]);
    expect(ids('Ли Цян')).toEqual([['li-qiang']]);
    expect(ids('李强')).toEqual([['li-qiang']]);
    expect(ids('Лаврова')).toEqual([['sergey-lavrov']]);
    expect(ids('Power of Siberia')).toEqual([['power-of-siberia']]);
    expect(ids('上合组织')[0]).toContain('sco');
    expect(ids('Wang Yi Lavrov 2023')).toEqual([['wang-yi'], ['sergey-lavrov']]);
    expect(names.resolve('普京习近平').map((m) => m.ids[0])).toEqual(['vladimir-putin', 'xi-jinping']);
    // A word that is part of a name is no name: still typing.
    expect(ids('Li Qia')).toEqual([]);
  });
});

describe('search that knows entities (real dataset)', () => {
  it('puts the named entity first and never shows another person for a person', () => {
    for (const q of ['Li Qiang', 'Ли Цян', '李强']) {
      const list = hits(q);
      expect(list.length, q).toBeGreaterThan(5);
      expect(list[0].entities, q).toContain('li-qiang');
      for (const ev of list) expect(about(ev, 'li-qiang'), `${q}: ${ev.id}`).toBe(true);
      expect(list.map((e) => e.id), q).not.toContain('1985-03-14-li-peng-meets-gorbachev-chernenko-funeral');
    }
  });
  it('marks the name, not a look-alike: no "Jiang" for "Qiang"', () => {
    const r = search.search('Li Qiang', {}, Infinity);
    for (const h of r.hits) expect(h.terms).not.toContain('jiang');
    expect(r.entities).toEqual(['li-qiang']);
  });
  it('finds the SCO for 上合组织 and an SCO summit first; no BRIC summit near the top', () => {
    const list = hits('上合组织');
    for (const ev of list.slice(0, 10)) expect(ev.entities, ev.id).toContain('sco');
    expect(list[0].id).toMatch(/sco/);
    expect(list.slice(0, 10).some((e) => /bric/i.test(e.id))).toBe(false);
  });
  it('Power of Siberia: only the pipeline events at the top, in date order on request', () => {
    const rel = hits('Power of Siberia');
    for (const ev of rel.slice(0, 8)) expect(about(ev, 'power-of-siberia'), ev.id).toBe(true);
    const oldest = hits('Power of Siberia', 'oldest');
    const newest = hits('Power of Siberia', 'newest');
    expect(new Set(oldest.map((e) => e.id))).toEqual(new Set(rel.map((e) => e.id)));
    expect(oldest.map((e) => e.date)).toEqual([...oldest.map((e) => e.date)].sort());
    expect(newest.map((e) => e.id)).toEqual([...oldest].reverse().map((e) => e.id));
    // The 2014 contract comes before the 2019 launch, which comes before the full capacity of 2024.
    const at = (id: string) => oldest.findIndex((e) => e.id === id);
    expect(at('2014-05-21-power-of-siberia-contract')).toBeLessThan(at('2019-12-02-power-of-siberia-launch'));
    expect(at('2019-12-02-power-of-siberia-launch')).toBeLessThan(at('2024-12-01-power-of-siberia-full-capacity'));
  });
  it('Wang Yi Lavrov 2023: their meetings of 2023', () => {
    const list = hits('Wang Yi Lavrov 2023');
    expect(list.length).toBeGreaterThan(0);
    for (const ev of list) {
      expect(about(ev, 'wang-yi') && about(ev, 'sergey-lavrov'), ev.id).toBe(true);
      expect(ev.date.startsWith('2023') || JSON.stringify(ev).includes('2023'), ev.id).toBe(true);
    }
  });
  it('a Russian case form finds the same events as the name', () => {
    expect(new Set(hits('Лаврова').map((e) => e.id))).toEqual(new Set(hits('Лавров').map((e) => e.id)));
    expect(hits('Lavrov').length).toBeGreaterThan(20);
    for (const ev of hits('Лаврова')) expect(about(ev, 'sergey-lavrov'), ev.id).toBe(true);
  });
  it('searches a name that brings no event as plain words, with no entity link', () => {
    const idle = dataset.entities.find((e) => !dataset.events.some((ev) => ev.entities.includes(e.id)) && e.type === 'person')!;
    const surname = idle.name.split(' ').pop()!;
    expect(names.resolve(idle.name)[0].ids).toContain(idle.id);
    expect(search.search(idle.name).entities).toBeUndefined();
    expect(search.search(surname).entities ?? []).not.toContain(idle.id);
  });
  it('keeps typo tolerance for a word the data does not hold', () => {
    expect(hits('samarcand')[0].id).toMatch(/samarkand/);
  });
  it('sorts a list without a query by date, both ways', () => {
    const newest = search.search('', {}, 5, 'newest').hits.map((h) => h.event.date);
    const oldest = search.search('', {}, 5, 'oldest').hits.map((h) => h.event.date);
    expect(newest).toEqual([...newest].sort().reverse());
    expect(oldest).toEqual([...oldest].sort());
    expect(oldest[0] < newest[0]).toBe(true);
  });
});

describe('relaxed query', () => {
  it('offers the query without the year when the names never met that year, with its count', () => {
    const q = 'Wang Yi Lavrov 1995';
    expect(search.search(q).total).toBe(0);
    const offer = search.relaxed(q);
    expect(offer).toEqual({ query: 'Wang Yi Lavrov', total: search.search('Wang Yi Lavrov', {}, Infinity).total });
    expect(offer!.total).toBeGreaterThan(5);
  });
  it('drops numbers first, then plain words from the end, names whole and last', () => {
    const q = 'Wang Yi Moscow talks 1995';
    const parts = queryParts(q, names.resolve(q));
    expect(parts.map((p) => p.text)).toEqual(['Wang Yi', 'Moscow', 'talks', '1995']);
    const tried: string[] = [];
    relaxQuery(q, names.resolve(q), (x) => (tried.push(x), 0), 3);
    expect(tried).toEqual(['Wang Yi Moscow talks', 'Wang Yi Moscow 1995', 'Wang Yi talks 1995']);
  });
  it('offers nothing for one word', () => {
    expect(search.relaxed('zzzzqqq')).toBeNull();
  });
});

describe('nearby events', () => {
  it('are the same best few, listed in date order', () => {
    const ev = search.byId.get('2019-12-02-power-of-siberia-launch')!;
    const near = nearbyEvents(ev, (id) => search.eventsOfEntity(id));
    expect(near.length).toBe(5);
    expect(new Set(near.map((e) => e.id))).toEqual(new Set(relatedEvents(ev, (id) => search.eventsOfEntity(id)).map((e) => e.id)));
    expect(near.map((e) => e.date)).toEqual(near.map((e) => e.date).sort());
  });
});
