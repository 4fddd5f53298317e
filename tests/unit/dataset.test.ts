import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset, entityFiles, eventFiles } from '../../data/dataset';
import { EVENT_AREAS } from '../../core/types';
import { canonicalText } from '../../data/canonical';
import { checkDate } from '../../data/partial-date';
import { RULES, validateDataset, type DataFiles, type Problem, type Rule } from '../../data/validate-dataset';

const dataDir = join(__dirname, '..', '..', 'data');
const texts = Object.fromEntries(
  [...Object.keys(entityFiles), ...Object.keys(eventFiles)].map((file) => [file, readFileSync(join(dataDir, file), 'utf8')]),
);
const problems = validateDataset({ entityFiles, eventFiles, texts });
const show = (list: Problem[]) => list.map((p) => `${p.file} ${p.id ?? ''} ${p.field ?? ''}: ${p.message}`);

describe('bundled dataset', () => {
  it.each(RULES)('has no "%s" problems', (rule) => {
    expect(show(problems.filter((p) => p.rule === rule))).toEqual([]);
  });
});

describe('dataset size', () => {
  it('has at least 1,000 events', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(1000);
  });
  it('has at least 800 entities', () => {
    expect(dataset.entities.length).toBeGreaterThanOrEqual(800);
  });
  it('holds at least 60 events in every area, and 60 from the Soviet era (1949–1991)', () => {
    for (const area of EVENT_AREAS) expect(dataset.events.filter((e) => e.area === area).length, area).toBeGreaterThanOrEqual(60);
    expect(dataset.events.filter((e) => e.date >= '1949' && e.date < '1992').length).toBeGreaterThanOrEqual(60);
  });
});

// ---- Each rule proven able to fail, on small fixtures ----

const entity = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: id,
  type: 'person',
  side: 'china',
  description: 'A fixture.',
  translations: { zh: { description: '测试用。' }, ru: { description: 'Для теста.' } },
  aliases: [
    { text: `${id} en`, lang: 'en' },
    { text: `${id} zh`, lang: 'zh' },
    { text: `${id} ru`, lang: 'ru' },
  ],
  sources: ['https://example.org/a'],
  ...extra,
});
const event = (extra: Record<string, unknown> = {}) => ({
  id: '2024-05-16-visit',
  date: '2024-05-16',
  kind: 'state-visit',
  area: 'diplomacy',
  title: 'A visit',
  summary: 'Someone visited.',
  translations: { zh: { title: '访问', summary: '有人访问。' }, ru: { title: 'Визит', summary: 'Кто-то приехал.' } },
  entities: ['a'],
  sources: ['https://example.org/b'],
  ...extra,
});
function fixture(entities: unknown[] = [entity('a'), entity('b')], events: unknown[] = [event()]): DataFiles {
  return { entityFiles: { 'entities/x.json': entities }, eventFiles: { 'events/y.json': events } };
}
const rulesOf = (files: DataFiles): Rule[] => [...new Set(validateDataset(files).map((p) => p.rule))];

describe('validateDataset on fixtures', () => {
  it('accepts a valid fixture', () => {
    expect(validateDataset(fixture())).toEqual([]);
  });

  it('reports an event or entity without Chinese and Russian text', () => {
    const noRu = event({ translations: { zh: { title: '访问', summary: '有人访问。' } } });
    expect(validateDataset(fixture(undefined, [noRu])).map((p) => [p.rule, p.field])).toEqual([['translation', 'translations.ru']]);
    const emptyZh = entity('a', { translations: { zh: { description: ' ' }, ru: { description: 'Для теста.' } } });
    expect(validateDataset(fixture([emptyZh, entity('b')])).map((p) => [p.rule, p.field])).toEqual([['translation', 'translations.zh.description']]);
    const none = event({ translations: undefined });
    expect(rulesOf(fixture(undefined, [none]))).toEqual(['translation']);
  });

  it('reports an event without a known area', () => {
    expect(rulesOf(fixture(undefined, [event({ area: undefined })]))).toEqual(['area']);
    expect(rulesOf(fixture(undefined, [event({ area: 'sport' })]))).toEqual(['area']);
  });

  it('reports a broken reference with file, id and field', () => {
    const found = validateDataset(fixture(undefined, [event({ entities: ['a', 'nobody'] })]));
    expect(found).toEqual([
      { rule: 'reference', file: 'events/y.json', id: '2024-05-16-visit', field: 'entities[1]', message: 'unknown entity "nobody"' },
    ]);
  });

  it('reports duplicate ids within and across files', () => {
    const files = fixture([entity('a'), entity('a')], [event(), event()]);
    expect(validateDataset(files).filter((p) => p.rule === 'duplicate-id')).toHaveLength(2);
    const across: DataFiles = {
      entityFiles: { 'entities/x.json': [entity('a')], 'entities/z.json': [entity('a', { aliases: entity('c').aliases })] },
      eventFiles: { 'events/y.json': [event()] },
    };
    expect(rulesOf(across)).toEqual(['duplicate-id']);
  });

  it.each([
    ['2024-5-16', 'badly formed'],
    ['2023-02-29', 'not a leap year'],
    ['2024-13', 'no month 13'],
    ['2024-04-31', 'April has 30 days'],
  ])('reports invalid date %s (%s)', (date) => {
    expect(rulesOf(fixture(undefined, [event({ date, id: `${date}-visit` })]))).toContain('date');
  });

  it('accepts real partial dates and 29 February of a leap year', () => {
    for (const d of ['1949', '1969-03', '2024-02-29']) expect(checkDate(d)).toBeUndefined();
  });

  it('reports an endDate not after the date', () => {
    expect(rulesOf(fixture(undefined, [event({ endDate: '2024-05-15' })]))).toEqual(['date']);
    expect(rulesOf(fixture(undefined, [event({ endDate: '2024-05-16' })]))).toEqual(['date']);
    expect(rulesOf(fixture(undefined, [event({ endDate: '2024-05-17' })]))).toEqual([]);
  });

  it('reports an event id that does not start with its date', () => {
    expect(rulesOf(fixture(undefined, [event({ id: 'visit-2024' })]))).toEqual(['id']);
  });

  it('reports missing and non-http(s) sources', () => {
    expect(rulesOf(fixture(undefined, [event({ sources: [] })]))).toEqual(['source']);
    expect(rulesOf(fixture(undefined, [event({ sources: ['ftp://example.org/x'] })]))).toEqual(['source']);
    expect(rulesOf(fixture(undefined, [event({ sources: ['javascript:alert(1)'] })]))).toEqual(['source']);
    expect(rulesOf(fixture([entity('a', { sources: undefined }), entity('b')]))).toEqual(['source']);
  });

  it.each([
    ['kind', () => fixture(undefined, [event({ kind: 'party' })])],
    ['type', () => fixture([entity('a', { type: 'company' }), entity('b')])],
    ['side', () => fixture([entity('a', { side: 'usa' }), entity('b')])],
    ['alias lang', () => fixture([entity('a', { aliases: [...entity('a').aliases, { text: 'A', lang: 'de' }] }), entity('b')])],
    ['names lang', () => fixture([entity('a', { names: { fr: 'A' } }), entity('b')])],
  ])('reports an unknown %s', (_what, make) => {
    expect(rulesOf(make())).toEqual(['enum']);
  });

  it('reports a file not in canonical form', () => {
    const files = fixture();
    const good = canonicalText('entities', files.entityFiles['entities/x.json'] as unknown[]);
    expect(rulesOf({ ...files, texts: { 'entities/x.json': good } })).toEqual([]);
    const reversed = [...(files.entityFiles['entities/x.json'] as unknown[])].reverse();
    expect(rulesOf({ ...files, texts: { 'entities/x.json': JSON.stringify(reversed, null, 2) + '\n' } })).toEqual(['canonical']);
    expect(rulesOf({ ...files, texts: { 'entities/x.json': good.trimEnd() } })).toEqual(['canonical']);
  });

  it('reports an alias shared by two entities unless ambiguous on both, folding case', () => {
    const withAlias = (id: string, alias: Record<string, unknown>) => entity(id, { aliases: [...entity(id).aliases, alias] });
    const shared = (a: Record<string, unknown>, b: Record<string, unknown>) => validateDataset(fixture([withAlias('a', a), withAlias('b', b)]));
    expect(shared({ text: 'Xi', lang: 'en' }, { text: 'XI', lang: 'en' }).map((p) => [p.rule, p.id])).toEqual([
      ['alias-shared', 'a'],
      ['alias-shared', 'b'],
    ]);
    expect(shared({ text: 'Xi', lang: 'en', ambiguous: true }, { text: 'xi', lang: 'en' }).map((p) => p.id)).toEqual(['b']);
    expect(shared({ text: 'Xi', lang: 'en', ambiguous: true }, { text: 'xi', lang: 'en', ambiguous: true })).toEqual([]);
    // Two case-sensitive aliases that differ in case can never hit the same text.
    expect(shared({ text: 'SCO', lang: 'en', caseSensitive: true }, { text: 'Sco', lang: 'en', caseSensitive: true })).toEqual([]);
    expect(shared({ text: 'SCO', lang: 'en', caseSensitive: true }, { text: 'sco', lang: 'en' })).toHaveLength(2);
  });

  it('reports an entity without aliases in en, zh and ru', () => {
    const found = validateDataset(fixture([entity('a', { aliases: [{ text: 'A', lang: 'en' }] }), entity('b')]));
    expect(found.map((p) => [p.rule, p.message])).toEqual([['alias-languages', 'no aliases in zh, ru']]);
  });

  it('reports unknown fields, missing required fields and malformed aliases', () => {
    expect(rulesOf(fixture(undefined, [event({ venue: 'x' })]))).toEqual(['unknown-field']);
    expect(rulesOf(fixture(undefined, [event({ title: ' ' })]))).toEqual(['required']);
    expect(rulesOf(fixture([entity('a', { description: '' }), entity('b')]))).toEqual(['required']);
    expect(rulesOf(fixture([entity('a', { aliases: [...entity('a').aliases, { text: 'a EN', lang: 'en' }] }), entity('b')]))).toEqual(['alias']);
    expect(rulesOf(fixture([entity('a', { aliases: [...entity('a').aliases, { text: ' A', lang: 'en' }] }), entity('b')]))).toEqual(['alias']);
    expect(rulesOf(fixture([entity('Not Kebab'), entity('b')], [event({ entities: ['b'] })]))).toEqual(['id']);
    expect(rulesOf({ entityFiles: { 'entities/x.json': {} }, eventFiles: {} })).toEqual(['json']);
  });
});

// The matcher relies on these flags to keep hard negatives quiet ('fine bone china', 'Super Bowl XI',
// 'SCO Group'): a data edit that drops them must fail here, not silently in the field.
describe('guarded aliases', () => {
  const aliasOf = (id: string, text: string) =>
    dataset.entities.find((e) => e.id === id)?.aliases.find((a) => a.text === text);
  it.each([
    ['china', 'China', true],
    ['russia', 'Russia', true],
    ['xi-jinping', 'Xi', true],
    ['sco', 'SCO', true],
    ['beijing', 'Beijing', false],
    ['moscow', 'Moscow', false],
    ['kremlin', 'Kremlin', false],
    ['russia', '俄', false],
  ])('%s alias "%s" is ambiguous (case-sensitive: %s)', (id, text, caseSensitive) => {
    const alias = aliasOf(id, text);
    expect(alias?.ambiguous).toBe(true);
    if (caseSensitive) expect(alias?.caseSensitive).toBe(true);
  });

  it('has no case-insensitive alias that equals the lower-case word "china" or "nato"', () => {
    const loose = dataset.entities.flatMap((e) =>
      e.aliases.filter((a) => !a.caseSensitive && ['china', 'nato', 'xi', 'sco'].includes(a.text.toLowerCase())).map((a) => `${e.id}: ${a.text}`),
    );
    expect(loose).toEqual([]);
  });

  it("lists Xi'an as a place so it wins over 'Xi'", () => {
    expect(dataset.entities.some((e) => e.type === 'place' && e.aliases.some((a) => a.text === "Xi'an"))).toBe(true);
  });
});

describe('canonical form', () => {
  it('orders keys, drops empty optionals and default flags, sorts by date then id', () => {
    const events = [
      { sources: ['https://e.org/2'], note: '', kind: 'call', id: '2020-b', date: '2020', title: 'B', summary: 'S.', entities: ['x'], keywords: [] },
      { id: '2020-a', date: '2020', kind: 'call', title: 'A', summary: 'S.', entities: ['x'], sources: ['https://e.org/1'] },
      { id: '1999-z', date: '1999', kind: 'call', title: 'Z', summary: 'S.', entities: ['x'], sources: ['https://e.org/3'], endDate: '2000' },
    ];
    const out = JSON.parse(canonicalText('events', events));
    expect(out.map((e: { id: string }) => e.id)).toEqual(['1999-z', '2020-a', '2020-b']);
    expect(Object.keys(out[0])).toEqual(['id', 'date', 'endDate', 'kind', 'title', 'summary', 'entities', 'sources']);
    expect(Object.keys(out[2])).toEqual(['id', 'date', 'kind', 'title', 'summary', 'entities', 'sources']);

    const entities = [{
      sources: ['https://e.org'], aliases: [{ lang: 'en', ambiguous: false, text: 'B', caseSensitive: true }],
      names: { ru: 'Б', zh: '乙' }, id: 'b', name: 'B', type: 'person', side: 'china', description: 'D.',
    }];
    const [entity] = JSON.parse(canonicalText('entities', entities));
    expect(Object.keys(entity)).toEqual(['id', 'name', 'type', 'side', 'description', 'names', 'aliases', 'sources']);
    expect(Object.keys(entity.names)).toEqual(['zh', 'ru']);
    expect(entity.aliases[0]).toEqual({ text: 'B', lang: 'en', caseSensitive: true });
  });

  it('writes real characters, two-space indentation and a final newline', () => {
    const text = canonicalText('entities', [{ id: 'a', name: 'Си', aliases: [] }]);
    expect(text).toContain('"name": "Си"');
    expect(text.startsWith('[\n  {\n    "id"')).toBe(true);
    expect(text.endsWith(']\n')).toBe(true);
  });
});
