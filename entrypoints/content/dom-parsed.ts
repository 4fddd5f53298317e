/**
 * Resolves in a task of its own right after DOMContentLoaded (at once when the page is already parsed): the
 * content script is injected at 'document_start' so its compile, evaluation and settings read happen while
 * the page loads, and its page work starts here — not inside the DOMContentLoaded dispatch itself, so the
 * page's own handlers of that event are not held up by ours. The task is posted as 'user-blocking' where
 * the Prioritized Task Scheduling API exists: a plain timer task waited behind the loading page's other
 * tasks (~50 ms measured on the loaded test machine).
 */
type PostTask = (task: () => void, options: { priority: 'user-blocking' }) => Promise<void>;

export function domParsed(doc: Document = document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    doc.addEventListener(
      'DOMContentLoaded',
      () => {
        const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
        if (typeof scheduler?.postTask === 'function') void scheduler.postTask.call(scheduler, resolve, { priority: 'user-blocking' });
        else setTimeout(resolve, 0);
      },
      { once: true },
    );
  });
}
