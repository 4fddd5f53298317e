/**
 * Is this page about China–Russia relations? A small logistic score over page-wide evidence:
 * how much each side is present (and how evenly), whether the two sides are named together
 * (within a sentence's reach of each other, not just somewhere on the page), leaders of both
 * sides, and terms that are bilateral in themselves (the 2001 treaty, Power of Siberia,
 * 'China-Russia relations').
 */
import type { Entity, EntityType, Reference } from './types';

export interface Classification {
  sinoRussian: boolean;
  score: number;
  reasons: string[];
}

/** Types whose 'both'-side entities name the relationship itself rather than a multilateral club. */
const BILATERAL_TYPES: ReadonlySet<EntityType> = new Set(['agreement', 'project', 'exercise', 'concept', 'event']);

export const WEIGHTS = {
  bias: -3.6,
  bilateral: 2.2, // per intrinsically bilateral mention, up to 2
  minSide: 0.8, // per mention of the weaker side, up to 4
  together: 0.45, // per mention with the other side within NEAR characters, up to 5
  leaders: 1.0, // a person of each side
  multilateral: 0.3, // SCO with both sides present
  cue: 0.2, // per kind cue (state visit, joint exercise), up to 4, once the sides meet
  lopsided: -1.2, // weaker side under 15% of the stronger
  sparse: -1.2, // fewer than 0.4 side mentions per 1000 characters
  passing: -3, // the other side named once or twice on a page full of one side
};

/** A page that names one side at least this many times per mention of the other is about the one side. */
const PASSING_RATIO = 4;

/** Gap in characters within which two mentions read as one statement ('Xi told Putin ...'). */
const NEAR = 80;

type Pole = 'china' | 'russia';

export function classifyPage(
  refs: Reference[],
  entities: ReadonlyMap<string, Entity>,
  textLength: number,
  extra?: { cueCount?: number; dateCount?: number },
): Classification {
  const count = { china: 0, russia: 0 };
  const names = { china: new Map<string, number>(), russia: new Map<string, number>() };
  const people = { china: 0, russia: 0 };
  const poles: { start: number; end: number; pole: Pole }[] = [];
  let bilateral = 0;
  let multilateral = 0;
  const bilateralNames = new Set<string>();
  for (const r of refs) {
    const e = entities.get(r.entityId);
    if (!e) continue;
    if (e.side === 'china' || e.side === 'russia') {
      count[e.side]++;
      names[e.side].set(e.name, (names[e.side].get(e.name) ?? 0) + 1);
      if (e.type === 'person') people[e.side]++;
      poles.push({ start: r.start, end: r.end, pole: e.side });
    } else if (e.side === 'both') {
      if (BILATERAL_TYPES.has(e.type) && r.ambiguous) {
        // A loose phrase ('Russia and China') names both countries, but is weak evidence of a bilateral story.
        count.china++;
        count.russia++;
        bilateral += 0.5;
        bilateralNames.add(e.name);
      } else if (BILATERAL_TYPES.has(e.type)) {
        bilateral++;
        bilateralNames.add(e.name);
      } else if (e.type === 'place') {
        // A place of both sides is on the border (Damansky/Zhenbao Island, the Amur): half the weight of
        // a bilateral term, since a border river also runs through stories about one side only.
        bilateral += 0.5;
        bilateralNames.add(e.name);
      } else multilateral++;
    }
  }

  const reasons: string[] = [];
  const weaker = Math.min(count.china, count.russia);
  const stronger = Math.max(count.china, count.russia);
  const together = mentionsTogether(poles);
  let z = WEIGHTS.bias;
  z += WEIGHTS.bilateral * Math.min(bilateral, 2);
  z += WEIGHTS.minSide * Math.min(weaker, 4);
  z += WEIGHTS.together * Math.min(together, 5);
  if (together > 0) reasons.push(`${together} mention(s) next to the other side`);
  if (people.china > 0 && people.russia > 0) {
    z += WEIGHTS.leaders;
    reasons.push('people of both sides are named');
  }
  if (multilateral > 0 && weaker > 0) z += WEIGHTS.multilateral;
  const cues = Math.min(extra?.cueCount ?? 0, 4);
  if (together > 0 || bilateral > 0) z += WEIGHTS.cue * cues;
  if (stronger > 0 && weaker / stronger < 0.15 && bilateral === 0) {
    z += WEIGHTS.lopsided;
    reasons.push(`one-sided: ${count.china} China-side vs ${count.russia} Russia-side mentions`);
  }
  // 'Belarus and China upgraded ties (for comparison: China's ties with Russia are ...)': one aside about
  // the other side, even through a bilateral term, does not make a one-country story a China–Russia one.
  // An aside is one statement: few mentions stand next to the other side (a visit story where one
  // side's names are missed by our aliases still has them next to each other all along).
  const otherSide = weaker + bilateral;
  const aside = otherSide > 0 && otherSide <= 2 && together <= 2 * otherSide;
  if (aside && stronger >= PASSING_RATIO * Math.max(1, otherSide) && stronger - weaker >= 4) {
    z += WEIGHTS.passing;
    reasons.push(`the other side only in passing: ${otherSide} mention(s) against ${stronger}`);
  }
  const density = textLength > 0 ? ((count.china + count.russia + bilateral) * 1000) / textLength : 0;
  if (density < 0.4 && bilateral === 0) {
    z += WEIGHTS.sparse;
    reasons.push(`sparse: ${density.toFixed(2)} mentions per 1000 characters`);
  }

  if (bilateralNames.size) reasons.unshift(`bilateral terms: ${[...bilateralNames].join(', ')}`);
  reasons.unshift(`Russia side: ${count.russia} mention(s)${top(names.russia)}`);
  reasons.unshift(`China side: ${count.china} mention(s)${top(names.china)}`);
  if (cues > 0 && (together > 0 || bilateral > 0)) reasons.push(`${extra!.cueCount} event cue(s)`);

  const score = Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
  const sinoRussian = score >= 0.5;
  reasons.push(sinoRussian ? 'about China–Russia relations' : weaker === 0 && bilateral === 0 ? 'only one side present' : 'not enough on both sides');
  return { sinoRussian, score, reasons };
}

/** Mentions of one side with a mention of the other side at most NEAR characters away. */
function mentionsTogether(poles: { start: number; end: number; pole: Pole }[]): number {
  const sorted = [...poles].sort((a, b) => a.start - b.start);
  const lastEnd: Record<Pole, number> = { china: -Infinity, russia: -Infinity };
  const near = new Uint8Array(sorted.length);
  // Forward pass: the nearest earlier mention of the other side; backward pass: the nearest later one.
  sorted.forEach((p, i) => {
    const other: Pole = p.pole === 'china' ? 'russia' : 'china';
    if (p.start - lastEnd[other] <= NEAR) near[i] = 1;
    lastEnd[p.pole] = Math.max(lastEnd[p.pole], p.end);
  });
  const nextStart: Record<Pole, number> = { china: Infinity, russia: Infinity };
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i];
    const other: Pole = p.pole === 'china' ? 'russia' : 'china';
    if (nextStart[other] - p.end <= NEAR) near[i] = 1;
    nextStart[p.pole] = Math.min(nextStart[p.pole], p.start);
  }
  return near.reduce((n, x) => n + x, 0);
}

function top(m: Map<string, number>): string {
  if (!m.size) return '';
  const best = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3);
  return ` (${best.map(([n, c]) => `${n} ×${c}`).join(', ')})`;
}

/** Below this score a page is plainly one-sided: it never qualifies through an event (see `confirmedByEvent`). */
const CONFIRM_FLOOR = 0.3;

/**
 * A borderline page (both sides named, too few times to be sure) that tells one of the dataset's
 * China–Russia events outright (the event it is about, shown with three independent pieces of
 * evidence: its names, its own words, its date or the publication day) is about that event: a
 * Chinese container ship's voyage by the Northern Sea Route names each side twice, and is still
 * the China–Europe Arctic Express story. A plainly one-sided page (under `CONFIRM_FLOOR`) stays
 * one-sided whatever it paraphrases.
 */
export function confirmedByEvent(verdict: Classification, events: readonly { title: string; tier?: string; pieces?: readonly string[] }[]): Classification {
  if (verdict.sinoRussian || verdict.score < CONFIRM_FLOOR) return verdict;
  const told = events.find((e) => e.tier === 'about' && (e.pieces?.length ?? 0) >= 3);
  if (!told) return verdict;
  return { sinoRussian: true, score: verdict.score, reasons: [...verdict.reasons.slice(0, -1), `tells a China–Russia event outright: ${told.title}`, 'about China–Russia relations'] };
}
