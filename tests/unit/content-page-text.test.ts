// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractText } from '../../entrypoints/content/extract-text';
import { PageText, snippet } from '../../entrypoints/content/page-text';
import { createEngine } from '../../core/engine';
import { dataset } from '../../data/dataset';

const engine = createEngine(dataset);

function read(page: PageText, root: Node) {
  const table = extractText(root);
  const seg = page.add(root, table);
  seg.features = engine.analyze(table.text, '2014-05-20');
  return seg;
}

describe('PageText', () => {
  it('merges segments into one offset space and maps page offsets back to the DOM', () => {
    document.body.innerHTML = '<p id="a">Yang Jiechi visited Sochi.</p>';
    const page = new PageText();
    read(page, document.body);
    const p = document.createElement('p');
    p.textContent = 'The Bank of Russia met Qian Qichen.';
    document.body.append(p);
    read(page, p);
    const f = page.mergedFeatures();
    const texts = f.references.map((r) => page.rangeFor(r.start, r.end)!.toString());
    expect(texts).toEqual(f.references.map((r) => r.text));
    expect(texts).toEqual(expect.arrayContaining(['Yang Jiechi', 'Sochi', 'Bank of Russia', 'Qian Qichen']));
    const second = f.references.find((r) => r.text === 'Qian Qichen')!;
    expect(page.offsetOf(p.firstChild!, p.textContent!.indexOf('Qian'))).toBe(second.start);
    const range = page.rangeFor(second.start, second.end)!;
    expect(snippet(range)).toEqual({ before: 'The Bank of Russia met ', text: 'Qian Qichen', after: '.' });
    document.body.innerHTML = '<p>One two three four five six seven <b>Yang</b> Jiechi eight nine ten eleven twelve thirteen</p>';
    const t = extractText(document.body);
    const r = new PageText();
    r.add(document.body, t);
    const at = t.text.indexOf('Yang');
    expect(snippet(r.rangeFor(at, at + 'Yang Jiechi'.length)!, 10, 12)).toEqual({ before: '…six seven ', text: 'Yang Jiechi', after: ' eight nine …' });
  });

  it('drops what older segments found once their text is re-read or removed', () => {
    document.body.innerHTML = '<p id="a">Yang Jiechi visited Sochi.</p><p id="b">Qian Qichen stayed.</p>';
    const page = new PageText();
    read(page, document.body);
    expect(page.mergedFeatures().references.map((r) => r.text)).toEqual(['Yang Jiechi', 'Sochi', 'Qian Qichen']);
    // The page edits paragraph a; we re-read just it.
    const a = document.getElementById('a')!;
    a.firstChild!.textContent = 'Zhao Ziyang visited Ufa.';
    read(page, a);
    expect(page.mergedFeatures().references.map((r) => r.text).sort()).toEqual(['Qian Qichen', 'Ufa', 'Zhao Ziyang']);
    document.getElementById('b')!.remove();
    expect(page.mergedFeatures().references.map((r) => r.text).sort()).toEqual(['Ufa', 'Zhao Ziyang']);
    // The first segment has nothing left on the page: a's text now belongs to the re-read, b is gone.
    page.prune();
    expect(page.segments.map((s) => s.root)).toEqual([a]);
    expect(page.mergedFeatures().references.map((r) => r.text).sort()).toEqual(['Ufa', 'Zhao Ziyang']);
  });
});
