import { markCold } from '../lib/background/cold-timings';
// Second on purpose: starts reading the shipped engine tables before the dataset modules evaluate.
import '../lib/background/early-file-reads';
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { createRouter } from '../lib/background/router';
import { coreHandlers } from '../lib/background/core-handlers';
import { ensureSeeded } from '../lib/background/ensure-seeded';
import { userDataHandlers } from '../lib/background/user-data-handlers';
import { engineReady, readyEngine, scanHandlers } from '../lib/background/scan-handlers';
import { pageHandlers, registerPageCommands } from '../lib/background/page-handlers';
import { isEnvelope, type Envelope } from '../lib/messages';
import { REQUEST_PORT } from '../lib/port-send';
import { createKeepWarm } from '../lib/background/keep-warm';
import { openWelcomeOnInstall } from '../lib/first-run';
import { getDb } from '../data/db';
import { currentSettings } from '../lib/background/settings-cache';
import { readyOnTabLoading } from '../lib/background/ready-on-load';

export default defineBackground(() => {
  markCold('module-evaluated');
  // A woken worker's first page needs the reader's own events and verdicts: the database opens while the
  // engine's tables are read and decoded, not after the page's message arrived.
  void getDb().open().catch(() => undefined);
  const route = createRouter({ ...coreHandlers, ...userDataHandlers, ...scanHandlers, ...pageHandlers });
  registerPageCommands();
  const warm = createKeepWarm();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void ensureSeeded();
    // The first-run page: once, on install (never on an update or a reload).
    void openWelcomeOnInstall(reason, () => browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })).catch(() => false);
  });

  // A tab starts loading: the engine gets ready while the page loads (ready-on-load.ts).
  browser.tabs.onUpdated.addListener((_tabId, change) => void readyOnTabLoading(change, engineReady, currentSettings, readyEngine));

  /** A request by message or by port, answered through the router. */
  const serve = (message: Envelope, sender: { tab?: { id?: number }; url?: string } | undefined) => {
    // A page being read: the next one should find the engine built (see keep-warm.ts).
    if (sender?.tab) warm.touch();
    return route(message, { tabId: sender?.tab?.id, url: sender?.url });
  };

  // A content script's requests, one port each (lib/port-send.ts): the answer on the port.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== REQUEST_PORT) return;
    port.onMessage.addListener((message: unknown) => {
      if (!isEnvelope(message)) return;
      void serve(message, port.sender).then((r) => {
        try {
          if (r) port.postMessage(r);
        } catch {
          // The page went away meanwhile: nobody is waiting.
        }
      });
    });
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isEnvelope(message)) return false;
    void serve(message, sender).then((r) => {
      if (r !== undefined) sendResponse(r);
    });
    // Keep the channel open for the async answer.
    return true;
  });
});
