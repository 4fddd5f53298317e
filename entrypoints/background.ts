import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createRouter } from '../lib/background/router';
import { coreHandlers } from '../lib/background/core-handlers';
import { ensureSeeded } from '../lib/background/ensure-seeded';

export default defineBackground(() => {
  const route = createRouter({ ...coreHandlers });

  browser.runtime.onInstalled.addListener(() => {
    void ensureSeeded();
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const reply = route(message, { tabId: sender.tab?.id, url: sender.url });
    void reply.then((r) => {
      if (r !== undefined) sendResponse(r);
    });
    // Keep the channel open for the async answer only for our own messages.
    return true;
  });
});
