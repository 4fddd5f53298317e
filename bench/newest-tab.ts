import type { Page } from 'playwright-core';
import type { LensBrowser } from '../tests/e2e/harness';

/** The id of the newest tab other than an extension page's own (the extension has no 'tabs' permission). */
export async function newestTabId(lens: LensBrowser): Promise<number> {
  const probe: Page = await lens.context.newPage();
  await probe.goto(lens.popupUrl());
  const id = await probe.evaluate(async () => {
    const me = await chrome.tabs.getCurrent();
    const tabs = await chrome.tabs.query({});
    return Math.max(...tabs.filter((t) => t.id !== me?.id).map((t) => t.id ?? -1));
  });
  await probe.close();
  return id;
}
