/** The own-event form's entity picker: names in any script, typed lists, suggestions (real dataset). */
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/dataset';
import { buildEntityNames, parseEntityList, splitNames, suggestEntities } from '../../data/user-data/entity-names';
import { newOwnEventId } from '../../data/user-data/own-events';
import { checkEventInput } from '../../data/user-data/event-input';

const names = buildEntityNames(dataset.entities);
const idOf = (name: string) => dataset.entities.find((e) => e.name === name)!.id;

describe('entity picker', () => {
  const putin = idOf('Vladimir Putin');
  const harbin = idOf('Harbin');

  it("reads 'Putin, Harbin' typed in, in any script and with ids as before", () => {
    expect(parseEntityList(names, 'Putin, Harbin')).toEqual({ ids: [putin, harbin], unknown: [], ambiguous: [] });
    expect(parseEntityList(names, 'Путин、哈尔滨').ids).toEqual([putin, harbin]);
    expect(parseEntityList(names, '普京，harbin').ids).toEqual([putin, harbin]);
    expect(parseEntityList(names, `${putin}, ${harbin}`).ids).toEqual([putin, harbin]);
    expect(parseEntityList(names, '  putin ,, PUTIN ').ids).toEqual([putin]);
  });

  it('keeps what it cannot read, as typed, for the reader to fix', () => {
    const parsed = parseEntityList(names, 'Putin, Pootin');
    expect(parsed.ids).toEqual([putin]);
    expect(parsed.unknown).toEqual(['Pootin']);
  });

  it('suggests an entity by the start of any of its names, each entity once', () => {
    for (const typed of ['Puti', 'Пути', '普京', 'Harb', 'Харб']) {
      const first = suggestEntities(names, typed)[0];
      expect(first?.id, typed).toBe(typed.startsWith('H') || typed.startsWith('Х') ? harbin : putin);
    }
    const ids = suggestEntities(names, 'Xi', 20).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(suggestEntities(names, 'Puti', 8, new Set([putin])).map((s) => s.id)).not.toContain(putin);
    expect(suggestEntities(names, '   ')).toEqual([]);
  });

  it('splits on the commas of every script and on line breaks', () => {
    expect(splitNames('a, b，c、d;e\nf')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});

describe('own event ids are never the reader’s problem', () => {
  it('makes a valid id from any date and title the reader typed', () => {
    for (const [date, title] of [['May 2024', 'Визит в Харбин'], ['2024-05-16', '普京访华'], ['', '']]) {
      const problems: { path: string }[] = [];
      const id = newOwnEventId({ date, title }, 1);
      checkEventInput({ id, date: '2024', kind: 'meeting', title: 't', summary: '', entities: [], sources: [] }, 'event', problems as never);
      expect(problems, id).toEqual([]);
    }
  });
});
