/**
 * Popup search speed: per-keystroke latency while typing real queries letter by letter, on the real dataset
 * and on a synthetic 100,000-event dataset, against a linear scan (lowercased substring match over the same
 * text) and the previous MiniSearch-based search (bench/legacy/) timed in the same run. Also index build
 * time, heap growth, and loading the stored index instead: today's compact snapshot through a structured
 * clone (IndexedDB's own copy; the clone serialises and deserialises, so this over-counts a read), the
 * previous one through JSON.parse of its stored string.
 * The popup's time to first results needs Chromium and a build: `npm run bench:popup` (bench/popup-first-results.ts).
 * Run alone: node --import tsx bench/search.bench.ts   (or through bench/run.ts)
 */
import { setFlagsFromString } from 'node:v8';
import { cpus, loadavg } from 'node:os';
import { runInNewContext } from 'node:vm';
import { pathToFileURL } from 'node:url';
import { dataset } from '../data/dataset';
import { EVENT_KINDS, type Entity, type Event } from '../core/types';
import { EventSearch, type SearchSnapshot } from '../lib/search/event-search';
import { toSearchDoc } from '../lib/search/documents';
import { EventSearch as LegacySearch, type SearchSnapshot as LegacySnapshot } from './legacy/event-search';
import { storedBytes } from './stored-bytes';

const QUERIES = ['Samarkand', 'putin moscow', 'Путин', '普京', '上合', 'power of siberia', 'xi jinping state visit',
  'gas pipeline', 'Сила Сибири', 'treaty good neighbourliness', 'samarcand', 'joint naval exercise'];

/** Every prefix of every query, as a reader types it (by code point, so Han characters come one at a time). */
export function keystrokes(queries = QUERIES): string[] {
  return queries.flatMap((q) => Array.from(q).map((_, i) => Array.from(q).slice(0, i + 1).join('')));
}

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYL = ['ka', 'ro', 'vin', 'tas', 'mel', 'dor', 'shi', 'lan', 'pet', 'gor', 'zu', 'nik', 'bar', 'hu', 'ten', 'os', 'lev', 'min', 'sa', 'dra'];
const CYR: Record<string, string> = { ka: 'ка', ro: 'ро', vin: 'вин', tas: 'тас', mel: 'мел', dor: 'дор', shi: 'ши', lan: 'лан', pet: 'пет', gor: 'гор',
  zu: 'зу', nik: 'ник', bar: 'бар', hu: 'ху', ten: 'тен', os: 'ос', lev: 'лев', min: 'мин', sa: 'са', dra: 'дра' };
const HAN = Array.from('中俄国会谈合作经济能源天然气管道边境条约联合声明军事演习航天文化贸易金融铁路大桥莫斯科北京上海哈尔滨西伯利亚力量友好睦邻伙伴关系峰会访问总统主席外交部长');

/**
 * 100k events shaped like the real ones: Zipf-distributed words from a large vocabulary (real words plus
 * made-up ones, so the vocabulary grows as a real corpus would), 2–5 entities each drawn Zipf-wise from the
 * real entities plus 3,000 made-up ones with EN/RU/ZH aliases.
 */
export function syntheticDataset(n: number, base = dataset, seed = 42): { events: Event[]; entities: Entity[] } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const zipf = <T>(xs: readonly T[]) => xs[Math.min(xs.length - 1, Math.floor(Math.pow(r(), 2.2) * xs.length))];
  const sylls = () => Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(SYL));
  const word = () => sylls().join('');
  const realWords = [...new Set(base.events.flatMap((e) => `${e.title} ${e.summary}`.split(/\s+/)))];
  const vocab = [...realWords, ...Array.from({ length: 30000 }, word)];
  const entities: Entity[] = [...base.entities];
  for (let i = 0; i < 3000; i++) {
    const parts = [sylls(), sylls()];
    const en = parts.map((p) => p.join('')).map((p) => p[0].toUpperCase() + p.slice(1)).join(' ');
    const ru = parts.map((p) => p.map((s) => CYR[s]).join('')).map((p) => p[0].toUpperCase() + p.slice(1)).join(' ');
    const zh = Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(HAN)).join('');
    entities.push({ id: `syn-${i}`, name: en, type: pick(['person', 'organisation', 'place', 'project'] as const), side: 'other',
      description: '', names: { ru, zh }, aliases: [{ text: en, lang: 'en' }, { text: ru, lang: 'ru' }, { text: zh, lang: 'zh' }, { text: parts[1].join(''), lang: 'en' }] });
  }
  const events: Event[] = [...base.events];
  for (let i = 0; events.length < n; i++) {
    const y = 1949 + Math.floor(r() * 77);
    const m = 1 + Math.floor(r() * 12);
    const sentence = (k: number) => Array.from({ length: k }, () => zipf(vocab)).join(' ');
    events.push({ id: `syn-ev-${i}`, date: `${y}-${String(m).padStart(2, '0')}`, kind: pick(EVENT_KINDS),
      title: sentence(5 + Math.floor(r() * 5)), summary: `${sentence(15 + Math.floor(r() * 20))}.`,
      entities: [...new Set(Array.from({ length: 2 + Math.floor(r() * 4) }, () => zipf(entities).id))],
      keywords: r() < 0.2 ? [sentence(2)] : undefined, sources: ['https://example.org/'] });
  }
  return { events, entities };
}

/** The baseline: what a search box with no index does. */
class LinearScan {
  private readonly docs: { id: string; text: string }[];
  constructor(events: Event[], entities: Entity[]) {
    const byId = new Map(entities.map((e) => [e.id, e]));
    this.docs = events.map((ev) => {
      const d = toSearchDoc(ev, byId);
      return { id: ev.id, text: `${d.title} ${d.summary} ${d.names} ${d.keywords}`.toLowerCase() };
    });
  }
  search(q: string): number {
    const words = q.toLowerCase().split(/\s+/).filter(Boolean);
    let n = 0;
    for (const d of this.docs) if (words.every((w) => d.text.includes(w))) n++;
    return n;
  }
}

function quantiles(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function heapUsed(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

type Q = { median: number; p95: number; max: number };

export interface SearchBenchResult {
  label: string;
  events: number;
  buildMs: number;
  /** Loading the stored index (what the popup does after its first open), and the stored form's size. */
  loadMs: number;
  /** The same loads in CPU time (this process, all threads, so GC included). */
  loadCpuMs: number;
  /** Median build over the same repetitions as loadMs (the first, cold build is buildMs). */
  rebuildMs: number;
  storedMB: number;
  heapMB: number;
  index: Q;
  /** The same keystrokes in CPU time (this process, all threads): what a busy shared machine inflates least. */
  indexCpu: Q;
  linear: Q;
  ratioMedian: number;
  ratioP95: number;
  slowest: string;
  /** The previous (MiniSearch) search in the same run: build, load from its JSON string, keystrokes. */
  before: { buildMs: number; loadMs: number; loadCpuMs: number; storedMB: number; index: Q; indexCpu: Q; slowest: string };
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

type Searcher = { search(q: string, f: object, limit: number): unknown; clearCache(): void };

/** Per keystroke, the median over rounds; several searchers are timed alternately on each keystroke. */
function keystrokeTimes(searchers: Searcher[], rounds: number): { times: Q; cpu: Q; slowest: string }[] {
  const keys = keystrokes();
  for (const s of searchers) {
    for (const q of keys) s.search(q, {}, 50); // warm-up: JIT, and the vocabulary's sorted copy
    s.clearCache();
  }
  const samples = searchers.map(() => keys.map(() => [] as number[]));
  const cpuSamples = searchers.map(() => keys.map(() => [] as number[]));
  for (let round = 0; round < rounds; round++) {
    keys.forEach((q, i) => {
      searchers.forEach((s, k) => {
        // A new query starts a new typing session: no word results carried over from the last one.
        if (Array.from(q).length === 1) s.clearCache();
        const c = process.cpuUsage();
        samples[k][i].push(time(() => s.search(q, {}, 50)));
        const used = process.cpuUsage(c);
        cpuSamples[k][i].push((used.user + used.system) / 1000);
      });
    });
  }
  return samples.map((perKey, k) => {
    const mid = perKey.map((xs) => quantiles(xs).median);
    const worst = mid.indexOf(Math.max(...mid));
    return { times: quantiles(mid), cpu: quantiles(cpuSamples[k].map((xs) => quantiles(xs).median)), slowest: `${keys[worst]} ${mid[worst].toFixed(1)} ms` };
  });
}

export function benchOne(label: string, data: { events: Event[]; entities: Entity[] }, rounds = 5): SearchBenchResult {
  const before = heapUsed();
  let search!: EventSearch;
  const buildMs = time(() => (search = new EventSearch(data.events, data.entities).prepare()));
  const heapMB = (heapUsed() - before) / 1048576;
  const snapshot = search.toSnapshot();
  let legacy!: LegacySearch;
  const legacyBuildMs = time(() => (legacy = new LegacySearch(data.events, data.entities).prepare()));
  const legacyStored = JSON.stringify(legacy.toSnapshot());
  // Small datasets: the median of several loads and rebuilds, timed alternately (one of each is mostly noise).
  const reps = data.events.length < 10_000 ? 9 : 1;
  const loads: number[] = [];
  const legacyLoads: number[] = [];
  const builds: number[] = [buildMs];
  const loadCpu: number[] = [];
  const legacyLoadCpu: number[] = [];
  for (let i = 0; i < reps; i++) {
    let c = process.cpuUsage();
    loads.push(time(() => new EventSearch(data.events, data.entities, structuredClone(snapshot)).prepare()));
    loadCpu.push(cpuMs(process.cpuUsage(c)));
    c = process.cpuUsage();
    legacyLoads.push(time(() => new LegacySearch(data.events, data.entities).useSnapshot(JSON.parse(legacyStored) as LegacySnapshot).prepare()));
    legacyLoadCpu.push(cpuMs(process.cpuUsage(c)));
    if (reps > 1) builds.push(time(() => new EventSearch(data.events, data.entities).prepare()));
  }
  const loadMs = quantiles(loads).median;
  const rebuildMs = quantiles(builds).median;
  const linear = new LinearScan(data.events, data.entities);
  const [now, prev, lin] = keystrokeTimes(
    [search, legacy, { search: (q: string) => linear.search(q), clearCache: () => undefined }],
    rounds,
  );
  const a = now.times;
  const b = lin.times;
  return { label, events: data.events.length, buildMs, loadMs, loadCpuMs: quantiles(loadCpu).median, rebuildMs, storedMB: storedBytes(snapshot) / 1048576, heapMB, index: a, indexCpu: now.cpu, linear: b, ratioMedian: a.median / b.median, ratioP95: a.p95 / b.p95,
    slowest: now.slowest,
    before: { buildMs: legacyBuildMs, loadMs: quantiles(legacyLoads).median, loadCpuMs: quantiles(legacyLoadCpu).median, storedMB: legacyStored.length / 1048576, index: prev.times, indexCpu: prev.cpu, slowest: prev.slowest } };
}

const f = (x: number) => x.toFixed(2);

export async function run(): Promise<SearchBenchResult[]> {
  const results = [benchOne('real dataset', dataset, 9), benchOne('synthetic 100k', syntheticDataset(100_000), 5)];
  console.log(`\nPopup search — per keystroke (${keystrokes().length} keystrokes of ${QUERIES.length} queries typed letter by letter; each keystroke's median over rounds)`);
  console.log(`  "before" is the previous MiniSearch-based search (bench/legacy/), timed alternately in this same run. Load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores.`);
  for (const r of results) {
    const p = r.before;
    console.log(`  ${r.label} (${r.events} events): index median ${f(r.index.median)} ms, p95 ${f(r.index.p95)} ms (max ${f(r.index.max)}, slowest '${r.slowest}')`);
    console.log(`    before: median ${f(p.index.median)} ms, p95 ${f(p.index.p95)} ms (max ${f(p.index.max)}, slowest '${p.slowest}') → ratio now/before median ${f(r.index.median / p.index.median)}, p95 ${f(r.index.p95 / p.index.p95)}`);
    console.log(`    CPU time per keystroke: median ${f(r.indexCpu.median)} ms, p95 ${f(r.indexCpu.p95)} ms; before ${f(p.indexCpu.median)} / ${f(p.indexCpu.p95)} ms`);
    console.log(`    linear scan median ${f(r.linear.median)} ms, p95 ${f(r.linear.p95)} ms → ratio median ${f(r.ratioMedian)}, p95 ${f(r.ratioP95)}`);
    console.log(`    index build ${r.buildMs.toFixed(0)} ms (before ${p.buildMs.toFixed(0)} ms → ratio ${f(r.buildMs / p.buildMs)}), heap +${r.heapMB.toFixed(1)} MB`);
    console.log(`    load stored index (${r.storedMB.toFixed(1)} MB, structured clone) ${r.loadMs.toFixed(0)} ms; before, from JSON (${p.storedMB.toFixed(1)} MB) ${p.loadMs.toFixed(0)} ms → ratio ${f(r.loadMs / p.loadMs)}; vs build ${r.rebuildMs.toFixed(0)} ms → ratio load/build ${f(r.loadMs / r.rebuildMs)}`);
    console.log(`      in CPU time: load ${r.loadCpuMs.toFixed(0)} ms, before ${p.loadCpuMs.toFixed(0)} ms → ratio ${f(r.loadCpuMs / p.loadCpuMs)}`);
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void run();
