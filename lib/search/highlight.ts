/**
 * Splits a text into plain and marked segments, marking the words a search matched.
 * The UI renders each segment as a text node (marked ones inside <mark>): never as HTML.
 */
import { termKey } from './normalize';
import { CJK, WORD } from './tokenize';

export interface Segment {
  text: string;
  mark: boolean;
}

export function highlight(text: string, matched: readonly string[]): Segment[] {
  if (matched.length === 0 || !text) return [{ text, mark: false }];
  const terms = new Set(matched);
  const marks: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const at = m.index!;
    if (!CJK.test(word)) {
      if (terms.has(termKey(word))) marks.push([at, at + word.length]);
      continue;
    }
    // Han text: mark every matched bigram or character where it occurs.
    for (let i = 0; i < word.length; i++) {
      if (!CJK.test(word[i])) continue;
      const two = word.slice(i, i + 2);
      if (two.length === 2 && CJK.test(two[1]) && terms.has(two)) marks.push([at + i, at + i + 2]);
      else if (terms.has(word[i])) marks.push([at + i, at + i + 1]);
    }
    const latin = word.split(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/);
    let pos = 0;
    for (const part of latin) {
      const idx = word.indexOf(part, pos);
      if (part && terms.has(termKey(part))) marks.push([at + idx, at + idx + part.length]);
      pos = idx + part.length;
    }
  }
  if (marks.length === 0) return [{ text, mark: false }];
  marks.sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let cursor = 0;
  for (const [s, e] of marks) {
    const start = Math.max(s, cursor);
    if (e <= start) continue;
    if (start > cursor) out.push({ text: text.slice(cursor, start), mark: false });
    const last = out[out.length - 1];
    if (last?.mark && start === cursor) last.text += text.slice(start, e);
    else out.push({ text: text.slice(start, e), mark: true });
    cursor = e;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), mark: false });
  return out;
}
