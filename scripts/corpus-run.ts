/**
 * What the linking and sector evaluations share: reading a corpus folder (manifest.json + one text file per
 * item) and running one excerpt through the engine, with the ranks of the events a reader expects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../core/engine';

export function loadCorpus<Item extends { file: string }>(dir: string): (Item & { text: string })[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { items: Item[] };
  return manifest.items.map((item) => ({ ...item, text: readFileSync(join(dir, item.file), 'utf8') }));
}

/** The engine's events for one excerpt (all, and the plainly shown tiers) and the 1-based rank of each expected one (Infinity if absent). */
export function rankExpected(engine: Engine, item: { text: string; published?: string; events: readonly string[] }) {
  const { analysis } = engine.scan(item.text, item.published);
  const ranked = analysis.events.map((e) => e.id);
  const plain = analysis.events.filter((e) => e.tier === 'about' || e.tier === 'refers').map((e) => e.id);
  const ranks = item.events.map((id) => {
    const i = ranked.indexOf(id);
    return i < 0 ? Infinity : i + 1;
  });
  return { analysis, ranked, plain, ranks };
}
