/**
 * The typed message protocol between content scripts / popup and the background, which owns
 * the database and the engine. Each message type maps to its request and response.
 * Add a message by adding one entry here and one handler in lib/background/.
 */
import type { Entity, Event, PageAnalysis, TextFeatures } from '../core/types';

export interface LensProtocol {
  /** Health check; also proves the background's Dexie DB answers. */
  ping: { req: Record<string, never>; res: { ok: true; datasetVersion: string; events: number; entities: number } };
  /** Extract references, dates and cues from one chunk of page text (offsets relative to the chunk). */
  'analyze-chunk': { req: { text: string; published?: string }; res: TextFeatures };
  /** Classify the page and link events from the features of all its chunks (offsets page-wide). */
  'summarize-page': {
    req: { features: TextFeatures; published?: string; url?: string; title?: string };
    res: PageAnalysis;
  };
  /** What a context card shows for one entity mention. */
  'entity-card': {
    req: { entityId: string; features?: TextFeatures; published?: string; limit?: number };
    res: { entity: Entity; events: Event[] } | null;
  };
}

export type MessageType = keyof LensProtocol;
export type RequestOf<T extends MessageType> = LensProtocol[T]['req'];
export type ResponseOf<T extends MessageType> = LensProtocol[T]['res'];

export interface Envelope<T extends MessageType = MessageType> {
  lens: T;
  payload: RequestOf<T>;
}

/** Responses travel wrapped so an error in the background reaches the caller as a clear message. */
export type Reply<T extends MessageType> = { ok: true; value: ResponseOf<T> } | { ok: false; error: string };

export function isEnvelope(x: unknown): x is Envelope {
  return typeof x === 'object' && x !== null && typeof (x as { lens?: unknown }).lens === 'string';
}
