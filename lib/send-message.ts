import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, RequestOf, ResponseOf } from './messages';

/** Ask the background; throws with the background's own message when it fails. */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope<T> = { lens: type, payload };
  return valueOf(type, (await browser.runtime.sendMessage(envelope)) as Reply<T> | undefined);
}

/** A reply's value, or the background's own message as an error (none at all: it went away before answering). */
export function valueOf<T extends MessageType>(type: T, reply: Reply<T> | undefined): ResponseOf<T> {
  if (!reply) throw new Error(`No answer from the background for '${type}'`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
