/**
 * Runs inside the page (passed to playwright's or puppeteer's `page.evaluate`, so it must not use anything from
 * its module): selects the first occurrence of one sentence, as a reader dragging over it would.
 */
export function selectSentence(wanted: string): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent!.indexOf(wanted);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + wanted.length);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return;
  }
  throw new Error(`no text ${wanted}`);
}
