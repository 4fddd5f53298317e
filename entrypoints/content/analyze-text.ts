/**
 * Sends extracted text to the background engine in chunks and stitches the answers back into one
 * set of features. Chunks end at a block break where possible, so no name is cut in two.
 */
import type { TextFeatures } from '../../core/types';

/** ~80k UTF-16 units: at most ~240 KB even when every character is CJK (3 bytes in UTF-8/JSON). */
export const CHUNK_CHARS = 80_000;

/** [start, end) pairs covering `text`, each at most `max` long, cut at '\n', else a space, else anywhere. */
export function chunkSpans(text: string, max = CHUNK_CHARS): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > max) {
    const limit = start + max;
    let cut = text.lastIndexOf('\n', limit);
    if (cut <= start + max / 2) cut = text.lastIndexOf(' ', limit);
    if (cut <= start + max / 2) cut = limit;
    else cut += 1;
    spans.push([start, cut]);
    start = cut;
  }
  spans.push([start, text.length]);
  return spans;
}

/** The same features, moved `by` characters along. */
export function shiftFeatures(f: TextFeatures, by: number): TextFeatures {
  if (by === 0) return f;
  const move = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return { references: f.references.map(move), dates: f.dates.map(move), cues: f.cues.map(move), length: f.length };
}

export type ChunkAnalyzer = (text: string) => Promise<TextFeatures>;

/**
 * Features of the whole text, offsets relative to its start. Chunks go one at a time (the engine is
 * single-threaded anyway); on long texts `afterFirst` gets the first chunk's features early, so the
 * top of a long page can be marked while the rest is still being read.
 */
export async function analyzeText(
  text: string,
  analyze: ChunkAnalyzer,
  afterFirst?: (partial: TextFeatures) => Promise<void>,
): Promise<TextFeatures> {
  const out: TextFeatures = { references: [], dates: [], cues: [], length: text.length };
  const spans = chunkSpans(text);
  for (const [i, [start, end]] of spans.entries()) {
    const f = shiftFeatures(await analyze(text.slice(start, end)), start);
    out.references.push(...f.references);
    out.dates.push(...f.dates);
    out.cues.push(...f.cues);
    if (i === 0 && spans.length > 1 && afterFirst) {
      await afterFirst({ references: [...out.references], dates: [...out.dates], cues: [...out.cues], length: text.length });
    }
  }
  return out;
}

/** Items of `f` within `radius` characters of [start, end): the context a card's ranking needs. */
export function featuresNear(f: TextFeatures, start: number, end: number, radius = 1500): TextFeatures {
  const near = <T extends { start: number; end: number }>(x: T) => x.end >= start - radius && x.start <= end + radius;
  return { references: f.references.filter(near), dates: f.dates.filter(near), cues: f.cues.filter(near), length: f.length };
}

/** Features cut into parts of at most `max` items each (references, dates and cues in turn). */
export function splitFeatures(f: TextFeatures, max: number): TextFeatures[] {
  const out: TextFeatures[] = [];
  const cut = <T>(xs: T[], make: (slice: T[]) => TextFeatures) => {
    for (let i = 0; i < xs.length; i += max) out.push(make(xs.slice(i, i + max)));
  };
  cut(f.references, (references) => ({ references, dates: [], cues: [], length: f.length }));
  cut(f.dates, (dates) => ({ references: [], dates, cues: [], length: f.length }));
  cut(f.cues, (cues) => ({ references: [], dates: [], cues, length: f.length }));
  return out.length > 0 ? out : [f];
}

export const featureCount = (f: TextFeatures) => f.references.length + f.dates.length + f.cues.length;
