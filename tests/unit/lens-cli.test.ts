import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dataset } from '../../data/dataset';

const ROOT = resolve(__dirname, '../..');
function lens(...args: string[]) {
  // `lens events --json` prints the whole dataset (2.5 MB at 1,200 events): past spawnSync's 1 MB default buffer.
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lens.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lens-cli-'));
  writeFileSync(join(dir, 'a.txt'), ' date 2023-03-17 Xi Jinping will make a state visit to Russia from 20-22 March at Vladimir Putin\'s invitation, the Kremlin said.\n');
  writeFileSync(join(dir, 'b.html'), `<html><head><meta property="article:published_time" content="2024-05-16T09:00:00+08:00"><script>var x="Putin";</script></head>
    <body><nav>Menu</nav><p>Russian President Vladimir Putin arrived in Beijing &amp; met Xi Jinping.</p></body></html>`);
  writeFileSync(join(dir, 'c.txt'), 'Xi Jinping will make a state visit to Russia from 20-22 March.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  mkdirSync(join(dir, 'sub'));
}, 30_000);

describe('lens scan', () => {
  it('prints one JSON object per file with exactly the documented fields', () => {
    const r = lens('scan', join(dir, 'a.txt'), join(dir, 'b.html'), '--json');
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    for (const o of lines) {
      expect(Object.keys(o).sort()).toEqual(['dates', 'entities', 'events', 'file', 'judged', 'published', 'references', 'score', 'sinoRussian'].sort());
      for (const ref of o.references) expect(Object.keys(ref).sort()).toEqual(['end', 'entityId', 'start', 'text']);
      for (const e of o.events) expect(Object.keys(e).sort()).toEqual(['date', 'endDate', 'id', 'score', 'title', 'why']);
      for (const d of o.dates) expect(Object.keys(d).sort()).toEqual(['date', 'end', 'precision', 'start', 'text']);
    }
    expect(lines[0].published).toBe('2023-03-17');
    expect(lines[1].published).toBe('2024-05-16');
    expect(lines[0].dates.find((d: { text: string }) => d.text === '20-22 March')).toMatchObject({ date: '2023-03-20', precision: 'day' });
  });
  it('lets --published override the page, and offsets slice the scanned text', () => {
    const r = lens('scan', join(dir, 'c.txt'), '--json', '--published', '2024-01-02');
    const o = JSON.parse(r.out);
    expect(o.published).toBe('2024-01-02');
    const text = 'Xi Jinping will make a state visit to Russia from 20-22 March.\n';
    for (const x of [...o.dates, ...o.references]) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(o.dates.find((d: { text: string }) => d.text === '20-22 March').date).toBe('2024-03-20');
  });
  it('prints a readable report without --json', () => {
    const r = lens('scan', join(dir, 'a.txt'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/published: 2023-03-17/);
    expect(r.out).toMatch(/events:/);
  });
  it('rejects bad input with a clear message and a non-zero exit', () => {
    for (const [file, msg] of [['missing.txt', /no such file/], ['empty.txt', /empty/], ['bin.txt', /binary/], ['sub', /directory/]] as const) {
      const r = lens('scan', join(dir, file), '--json');
      expect(r.code, file).not.toBe(0);
      expect(r.err).toMatch(msg);
    }
    const mixed = lens('scan', join(dir, 'missing.txt'), join(dir, 'a.txt'), '--json');
    expect(mixed.code).toBe(1);
    expect(mixed.out.trim().split('\n')).toHaveLength(1);
    expect(lens('frobnicate').err).toMatch(/unknown command/);
    expect(lens('scan').code).not.toBe(0);
    expect(lens('scan', join(dir, 'a.txt'), '--published', 'soon').err).toMatch(/YYYY-MM-DD/);
    // Eight CLI runs, each loading tsx and the dataset: on a busy shared machine that exceeds the default 20 s.
  }, 90_000);
});

describe('lens events', () => {
  it('prints every bundled event as one JSON array', () => {
    const r = lens('events', '--json');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out);
    expect(list).toHaveLength(dataset.events.length);
    for (const e of list) {
      for (const k of ['id', 'date', 'kind', 'title', 'entities', 'sources', 'summary']) expect(e).toHaveProperty(k);
      if ('endDate' in e) expect(typeof e.endDate).toBe('string');
    }
  });
  it('searches titles, summaries and entity names for a terminal', () => {
    const any = dataset.events[0];
    if (!any) return;
    const word = any.title.split(/\s+/).find((w) => w.length > 4) ?? any.title;
    const r = lens('events', '--q', word.toUpperCase());
    expect(r.code).toBe(0);
    expect(r.out).toContain(any.id);
    const none = lens('events', '--q', 'zzqxj-no-such-thing');
    expect(none.code).not.toBe(0);
    expect(none.err).toMatch(/no event matches/);
  });
});
