/**
 * Snapshots of the real dataset's automata: a restored matcher (after structuredClone, as
 * IndexedDB stores it) finds exactly what a freshly built one finds; a snapshot for other
 * patterns, or a damaged one, is refused and the matcher is built instead.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataset } from '../../data/dataset';
import { buildReferenceFinder } from '../../core/reference-finder';
import { createCueFinder } from '../../core/cues';
import { buildMatcher } from '../../core/matcher';
import { createEngine } from '../../core/engine';
import { buildAutomaton } from '../../core/automaton';
import { foldString } from '../../core/fold';
import { denseRowEdits, denseRowsFrom, fromSnapshot } from '../../core/matcher-snapshot';

const fresh = buildReferenceFinder(dataset.entities);
const stored = structuredClone(fresh.snapshot());
const restored = buildReferenceFinder(dataset.entities, stored);
const cueFresh = createCueFinder(dataset.events, dataset.entities);
const cueRestored = createCueFinder(dataset.events, dataset.entities, structuredClone(cueFresh.snapshot()));

const words = [
  ...new Set(dataset.entities.flatMap((e) => e.aliases.map((a) => a.text))),
  'state visit', 'по видеосвязи', '联合演习', 'Путина', "Xi's", ' ', ', ', '. ', '’', '-', 'a', '中', 'и ',
];
const texts = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 80 }).map((a) => a.join('')),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
);

describe('matcher snapshots', () => {
  it('a snapshot is plain data that survives structuredClone', () => {
    const snap = fresh.snapshot();
    for (const v of Object.values(snap)) expect(typeof v === 'function').toBe(false);
    expect(stored.patterns.length).toBe(snap.patterns.length);
    expect(stored.rowTo).toEqual(snap.rowTo);
    expect(stored.stateCount).toBeGreaterThan(1000);
    expect(restored.restored).toBe(true);
    expect(fresh.restored).toBe(false);
    expect(cueRestored.restored).toBe(true);
  });

  it('the dense rows come back exactly from their edits (real aliases and cue phrases)', () => {
    const aliases = buildAutomaton([...new Set(dataset.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]))].map(foldString));
    const cues = buildAutomaton([...new Set(dataset.events.flatMap((e) => e.keywords ?? []))].map(foldString));
    for (const a of [aliases, cues]) {
      const edits = denseRowEdits(a);
      // Far smaller than the rows themselves: that is the point of shipping edits.
      expect(edits.rowTo.length * 5).toBeLessThan(a.delta.length);
      expect(denseRowsFrom(a, edits)).toEqual(a.delta);
    }
    // The restored snapshot's rows are the fresh build's, to the number.
    expect(denseRowEdits(fromSnapshot(stored)!.automaton)).toEqual(denseRowEdits(fromSnapshot(fresh.snapshot())!.automaton));
  });

  it('malformed row edits or failure chains are refused, not followed', () => {
    const snap = structuredClone(fresh.snapshot());
    const badClass = { ...snap, rowClass: snap.rowClass.map((c, i) => (i === 3 ? snap.D + 1 : c)) };
    expect(fromSnapshot(badClass)).toBeUndefined();
    const badStart = { ...snap, rowStart: snap.rowStart.map((x, i) => (i === 5 ? 1e9 : x)) };
    expect(fromSnapshot(badStart)).toBeUndefined();
    // A dense state failing to itself (a loop) and one failing out of range.
    const loop = { ...snap, fail: snap.fail.map((f, i) => (i === 5 ? 5 : f)) };
    expect(fromSnapshot(loop)).toBeUndefined();
    const out = { ...snap, fail: snap.fail.map((f, i) => (i === 5 ? snap.stateCount + 3 : f)) };
    expect(fromSnapshot(out)).toBeUndefined();
  });

  it('restored and fresh finders agree on random texts (real dataset)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(restored.find(text)).toEqual(fresh.find(text));
        expect(cueRestored.find(text)).toEqual(cueFresh.find(text));
      }),
      { numRuns: 300 },
    );
  });

  it('agree on every alias and the seed-like sentences', () => {
    const text = words.join(' … ');
    expect(fresh.find(text).length).toBeGreaterThan(100);
    expect(restored.find(text)).toEqual(fresh.find(text));
  });

  it('a snapshot for other patterns is not used', () => {
    const fewer = buildReferenceFinder(dataset.entities.slice(1), stored);
    expect(fewer.restored).toBe(false);
    const own = createCueFinder([...dataset.events, { ...dataset.events[0], id: 'own-x', keywords: ['Zzyzx accord'], own: true }], dataset.entities, cueFresh.snapshot());
    expect(own.restored).toBe(false);
    expect(own.find('the Zzyzx accord').some((c) => c.events?.includes('own-x'))).toBe(true);
  });

  it('a damaged or foreign snapshot is refused, and the built matcher still works', () => {
    const specs = [{ text: 'Putin' }, { text: '普京' }];
    const good = buildMatcher(specs).snapshot();
    const broken = [
      null, 42, 'x', {}, { ...good, format: 999 }, { ...good, rowTo: new Uint32Array(3) }, { ...good, rowStart: new Uint32Array(2) }, { ...good, chain: [1, 2, 3] },
      { ...good, outList: Int32Array.of(0, 7) }, { ...good, D: -1 }, { ...good, patterns: ['Putin'] }, { ...good, info: new Uint16Array(10) },
    ];
    for (const bad of broken) {
      const m = buildMatcher(specs, bad);
      expect(m.restored).toBe(false);
      expect(m.scan('Putin и 普京').map((x) => x.aliasIndex)).toEqual([0, 1]);
    }
    expect(buildMatcher(specs, structuredClone(good)).restored).toBe(true);
  });

  it('an engine restored from a snapshot scans like a fresh one', () => {
    const a = createEngine(dataset);
    const copy = { entities: [...dataset.entities], events: [...dataset.events] };
    const b = createEngine(copy, structuredClone(a.snapshot()));
    expect(b.restored).toBe(true);
    const text = 'Putin and Xi Jinping met in Moscow on 21 March 2023 for a state visit; 习近平 普京 联合声明.';
    expect(b.scan(text, '2023-03-22')).toEqual(a.scan(text, '2023-03-22'));
  });
});
