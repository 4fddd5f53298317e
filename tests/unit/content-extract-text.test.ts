// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collapse, extractText, makeSkipTest } from '../../entrypoints/content/extract-text';
import { locateStart, rangeFor, textOffsetOf } from '../../entrypoints/content/offsets-to-ranges';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture markup, not page text
  return document.body;
}

describe('extractText', () => {
  it('reads article text and skips code, form fields, editable and hidden regions and our host', () => {
    const body = dom(`
      <article><h1>Putin in Beijing</h1><p>Xi met <b>Putin</b>.</p></article>
      <script>var Putin = 1;</script><style>.Putin{}</style><noscript>Putin</noscript>
      <template><p>Putin</p></template><textarea>Putin</textarea><select><option>Putin</option></select>
      <div contenteditable="true">Putin typed</div><div contenteditable="false">Kept text</div>
      <div hidden>Putin hidden</div><nav>Putin menu</nav><crlens-ui>Putin card</crlens-ui>`);
    const t = extractText(body, makeSkipTest('crlens-ui'));
    expect(t.text).toBe('Putin in Beijing\nXi met Putin.\nKept text');
  });

  it('separates blocks so words from adjacent paragraphs and cells never merge', () => {
    const body = dom('<div><p>China</p>Russia<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table>x<br>y</div>');
    expect(extractText(body).text).toBe('China\nRussia\none\ntwo\na\nb\nx\ny');
  });

  it('keeps inline neighbours together, with the space between them', () => {
    const body = dom('<p><b>Vladimir</b> <i>Putin</i> and <a href="#">Xi</a>Jinping</p>');
    expect(extractText(body).text).toBe('Vladimir Putin and XiJinping');
  });

  it('collapses whitespace runs and maps back to the original node offsets', () => {
    const body = dom('<p>  Russian President\n      Vladimir\tPutin  said</p>');
    const t = extractText(body);
    expect(t.text).toBe('Russian President Vladimir Putin said');
    const start = t.text.indexOf('Vladimir Putin');
    const range = rangeFor(t, start, start + 'Vladimir Putin'.length)!;
    expect(range.toString()).toBe('Vladimir\tPutin');
    const p = locateStart(t, start)!;
    expect(textOffsetOf(t, 0, p.offset)).toBe(start);
  });

  it('collapse() maps every kept character to its source index', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\t', '\u00a0', 'Я', '中') }), fc.boolean(), (s, lead) => {
        const { out, map } = collapse(s, lead);
        expect(out).not.toMatch(/ {2}/);
        for (let k = 0; k < out.length; k++) {
          const src = s[map[k]]!;
          expect(out[k] === ' ' ? /[ \n\t\u00a0]/.test(src) : src === out[k]).toBe(true);
        }
      }),
    );
  });

  it('every span of the extracted text maps to a Range over the same characters (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('Putin', 'Xi Jinping', '  ', '\n', 'Путин ', '习近平', 'a b', ' '),
      fc.string({ maxLength: 6 }).map((s) => s.replace(/[<>&]/g, '')),
    );
    const tag = fc.constantFrom('p', 'span', 'b', 'div', 'li');
    fc.assert(
      fc.property(fc.array(fc.tuple(tag, piece), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const body = dom('');
        for (const [t, text] of parts) {
          const el = document.createElement(t);
          el.textContent = text;
          body.append(el);
        }
        const table = extractText(body);
        if (table.text.length === 0) return;
        const a = x % table.text.length;
        const b = a + 1 + (y % (table.text.length - a));
        const range = rangeFor(table, a, b);
        const expected = table.text.slice(a, b);
        if (expected.trim() === '') return;
        expect(range).not.toBeNull();
        // Same non-space characters: separators are ours, and a range may span whitespace-only nodes we skipped.
        const norm = (s: string) => s.replace(/[\s\u00a0]+/g, '');
        expect(norm(range!.toString())).toBe(norm(expected));
      }),
      { numRuns: 300 },
    );
  });
});
