/**
 * Dispatches protocol messages to their handlers. Handlers are registered by feature modules
 * (lib/background/*-handlers.ts), so each feature keeps its background logic in its own file.
 */
import type { MessageType, Reply, RequestOf, ResponseOf } from '../messages';
import { isEnvelope } from '../messages';

export type Handler<T extends MessageType> = (payload: RequestOf<T>, sender: { tabId?: number; url?: string }) => Promise<ResponseOf<T>> | ResponseOf<T>;

export type HandlerTable = { [T in MessageType]?: Handler<T> };

export function createRouter(table: HandlerTable) {
  return async function route(message: unknown, sender: { tabId?: number; url?: string }): Promise<Reply<MessageType> | undefined> {
    if (!isEnvelope(message)) return undefined;
    const handler = table[message.lens] as Handler<MessageType> | undefined;
    if (!handler) return { ok: false, error: `Unknown message '${String(message.lens)}'` };
    try {
      return { ok: true, value: await handler(message.payload as never, sender) };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
