/**
 * Resolves in the task after DOMContentLoaded (at once when the page is already parsed): the content script
 * is injected at 'document_start' so its compile, evaluation and settings read happen while the page loads,
 * and its page work starts here. Not inside the DOMContentLoaded dispatch itself, so the page's own
 * handlers of that event are not held up by ours.
 */
export function domParsed(doc: Document = document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    doc.addEventListener('DOMContentLoaded', () => setTimeout(resolve, 0), { once: true });
  });
}
