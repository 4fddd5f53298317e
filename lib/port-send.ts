/**
 * A content script's requests to the background, each over a port of its own (connect, one message, one
 * answer, disconnect) instead of `runtime.sendMessage`: in Chrome a one-off message costs ~3 ms of messaging
 * per round trip, a fresh port ~1 ms (measured from a content script, docs/performance.md), and the first
 * marks, every card and every panel step wait for one. No port outlives its request (an open port would hold
 * the page back from the back/forward cache). Where no port can be opened, the one-off message is sent.
 */
import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './messages';
import { sendToBackground, valueOf } from './send-message';

/** The name the background's `runtime.onConnect` answers. */
export const REQUEST_PORT = 'crlens-request';

type Port = ReturnType<typeof browser.runtime.connect>;

/** Ask the background over a fresh port; throws with the background's own message when it fails. */
export async function sendOverPort<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  let port: Port;
  try {
    port = browser.runtime.connect({ name: REQUEST_PORT });
  } catch {
    return sendToBackground(type, payload);
  }
  const reply = await new Promise<Reply<T> | undefined>((resolve) => {
    port.onMessage.addListener((message: unknown) => resolve(message as Reply<T>));
    // The background went away (stopped, reloaded) before answering.
    port.onDisconnect.addListener(() => resolve(undefined));
    const envelope: Envelope<T> = { lens: type, payload };
    port.postMessage(envelope);
  });
  port.disconnect();
  return valueOf(type, reply);
}
