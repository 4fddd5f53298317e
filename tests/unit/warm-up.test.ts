/**
 * The idle warm-up of a fresh engine (core/warm-up.ts): texts in the three languages from the dataset itself,
 * and an engine that ran them answers every page exactly as one that did not.
 */
import { describe, expect, it, vi } from 'vitest';
import { dataset } from '../../data/dataset';
import { createEngine, engineTables } from '../../core/engine';
import { warmUpSteps, warmUpTexts } from '../../core/warm-up';
import { loadFixtureArticles } from '../../scripts/fixture-pages';

describe('engine warm-up', () => {
  it('has a text per language, built from the dataset, with everyday date phrases', () => {
    const [en, zh, ru] = warmUpTexts(dataset);
    expect(en).toMatch(/On Monday/);
    expect(zh).toMatch(/[\u4e00-\u9fff]{20}/);
    expect(ru).toMatch(/[а-яё]{5}/i);
    // From the events' own words: a sampled event's title is in it.
    expect(en).toContain(dataset.events[0]!.title);
    for (const t of [en, zh, ru]) expect(t!.length).toBeLessThan(6000);
  });

  it('changes no answer: a warmed engine scans the fixture articles as a cold one does', () => {
    const cold = createEngine(dataset);
    // The warmed one restored from the tables the build ships, as a woken worker's is.
    const warmed = createEngine(dataset, undefined, engineTables(dataset));
    const steps = warmUpSteps(warmed, dataset);
    expect(steps.length).toBe(9);
    for (const step of steps) step();
    for (const a of loadFixtureArticles()) expect(warmed.scan(a.text, a.published)).toEqual(cold.scan(a.text, a.published));
  });
});

describe('the background warms a fresh engine', () => {
  it('in idle tasks after the build, once a seeding under way has finished, and answers pages meanwhile', async () => {
    const { createScanHandlers } = await import('../../lib/background/scan-handlers');
    const { makeTestDb, tinyDataset } = await import('./helpers/test-db');
    let seeded!: () => void;
    const seeding = new Promise<void>((resolve) => (seeded = resolve));
    const scan = createScanHandlers({ db: () => makeTestDb(), data: tinyDataset, version: 'v1', storeDelayMs: 0, warmUp: true, warmUpAfter: () => seeding });
    const engine = await scan.engine();
    const analyze = vi.spyOn(engine, 'analyze');
    await new Promise((r) => setTimeout(r, 30));
    expect(analyze).not.toHaveBeenCalled();
    // A page's message is answered while the warm-up waits.
    const answer = await scan.handlers['scan-page']!({ text: 'Xi Jinping arrived in Moscow on 20 March 2023.', published: '2023-03-21' }, {} as never);
    expect('features' in answer && answer.features.references.length).toBeGreaterThan(0);
    expect(analyze).toHaveBeenCalledTimes(1);
    seeded();
    await vi.waitFor(() => expect(analyze).toHaveBeenCalledTimes(4));
    await scan.snapshotStored();
  });
});
