// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { makeSkipTest } from '../../entrypoints/content/extract-text';
import { FULL_RESCAN_AT, summarizeMutations } from '../../entrypoints/content/observe-mutations';

async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const mo = new MutationObserver((r) => records.push(...r));
  mo.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'open'] });
  change();
  await Promise.resolve();
  records.push(...mo.takeRecords());
  mo.disconnect();
  return records;
}

const skip = makeSkipTest('crlens-ui');
const notOurs = () => false;

describe('summarizeMutations', () => {
  it('keeps only top-most added subtrees', async () => {
    document.body.innerHTML = '<main><p>old</p></main>';
    const main = document.querySelector('main')!;
    const records = await recordsOf(() => {
      const section = document.createElement('section');
      const p = document.createElement('p');
      p.textContent = 'Putin arrived.';
      main.append(section);
      section.append(p); // added inside an added node: covered by the section
      const p2 = document.createElement('p');
      p2.textContent = 'Xi welcomed him.';
      main.append(p2);
    });
    const batch = summarizeMutations(records, notOurs, skip);
    expect(batch.full).toBe(false);
    expect(batch.roots.map((n) => (n as Element).tagName)).toEqual(['SECTION', 'P']);
  });

  it('re-reads the block around changed text, and ignores our own host and skipped regions', async () => {
    document.body.innerHTML = '<p>Putin <b id="b">said</b> hello</p><div contenteditable="true"><p id="e">x</p></div><crlens-ui></crlens-ui>';
    const host = document.querySelector('crlens-ui')!;
    const records = await recordsOf(() => {
      document.getElementById('b')!.firstChild!.textContent = 'told Xi';
      document.getElementById('e')!.append(document.createElement('span'));
      host.append(document.createElement('div'));
    });
    const batch = summarizeMutations(records, (n) => n === host || host.contains(n), skip);
    expect(batch.roots.map((n) => (n as Element).tagName)).toEqual(['P']);
    expect((batch.roots[0] as Element).textContent).toBe('Putin told Xi hello');
  });

  it('asks for one full rescan when more than the threshold of nodes arrive at once', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const feed = document.getElementById('feed')!;
    const records = await recordsOf(() => {
      for (let i = 0; i <= FULL_RESCAN_AT; i++) feed.append(document.createElement('p'));
    });
    expect(summarizeMutations(records, notOurs, skip).full).toBe(true);
  });

  it('reports removals and elements revealed by dropping `hidden`', async () => {
    document.body.innerHTML = '<p id="gone">Putin</p><div id="more" hidden><p>Xi Jinping</p></div>';
    const records = await recordsOf(() => {
      document.getElementById('gone')!.remove();
      document.getElementById('more')!.removeAttribute('hidden');
    });
    const batch = summarizeMutations(records, notOurs, skip);
    expect(batch.removed).toBe(true);
    expect(batch.roots.map((n) => (n as Element).id)).toEqual(['more']);
  });
});
