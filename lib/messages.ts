/**
 * The typed message protocol between content scripts / popup and the background, which owns
 * the database and the engine. Each message type maps to its request and response.
 * Add a message by adding one entry here and one handler in lib/background/.
 */
import type { Lang, Entity, Event, PageAnalysis, Reference, TextFeatures, TextRegion } from '../core/types';

export interface LensProtocol {
  /** Health check; also proves the background's Dexie DB answers. */
  ping: { req: Record<string, never>; res: { ok: true; datasetVersion: string; events: number; entities: number } };
  /** Extract references, dates and cues from one chunk of page text (offsets relative to the chunk). */
  'analyze-chunk': { req: { text: string; published?: string }; res: TextFeatures };
  /** Classify the page and link events from the features of all its chunks (offsets page-wide). */
  'summarize-page': {
    /** `regions`: the article body or the story blocks (page offsets); without them the whole page counts. */
    req: { features: TextFeatures; published?: string; url?: string; title?: string; regions?: TextRegion[] };
    /** `references`: the features' references that survived resolution (page offsets); the page marks only these. */
    res: PageAnalysis & { references?: Reference[] };
  };
  /**
   * 'analyze-chunk' and 'summarize-page' in one round trip, for a page read whole whose text is one chunk
   * (most articles): the first marks wait for one message instead of two, and the features cross once.
   */
  'scan-page': {
    /**
     * `site`: asked before the page read the reader's settings (see PageLens.prescan): the background answers
     * `{ off: true }` without reading the text where the lens is paused or switched off for this site.
     */
    req: { text: string; published?: string; url?: string; title?: string; regions?: TextRegion[]; site?: string };
    res: { features: TextFeatures; summary: PageAnalysis & { references?: Reference[] }; off?: undefined } | { off: true };
  };
  /** What a context card shows for one entity mention. */
  'entity-card': {
    /** `pageEvents`: the page's linked events (ids, plain tiers, best first): the card leads with those involving the entity. */
    /** `userState`: also the reader's stars and notes on the events answered and their note on the entity (one round trip). */
    req: { entityId: string; features?: TextFeatures; published?: string; limit?: number; pageEvents?: string[]; userState?: boolean };
    /** With `pageEvents`: `inArticle` (this page's events with the entity), `events` the others, `total` all of the entity's. */
    res: { entity: Entity; events: Event[]; inArticle?: Event[]; total?: number; userState?: { saved: string[]; notes: Record<string, string>; entityNote?: string } } | null;
  };
  /** The card's 'All N events →': the popup's view of one entity, in a tab. */
  'open-entity-view': { req: { entityId: string }; res: { ok: boolean } };
  /** Compare the database with the bundled dataset again and reseed if they differ (keeps reader rows). */
  'recheck-dataset': { req: Record<string, never>; res: { seeded: boolean; version: string; events: number; entities: number } };
  /** Star state and notes for events a card shows (the card runs in the page and can't open our DB). */
  'user-state': {
    req: { eventIds: string[]; entityId?: string };
    res: { saved: string[]; notes: Record<string, string>; entityNote?: string };
  };
  /** A note written on the card (empty text deletes it). */
  'save-note': { req: { targetType: 'event' | 'entity'; targetId: string; text: string }; res: { saved: boolean } };
  'toggle-saved': { req: { eventId: string }; res: { saved: boolean } };
  /**
   * 'summarize-page' for big pages, in parts: handing tens of thousands of features to the messaging
   * layer at once blocks the page for ~0.1 s. Parts with the same `id` are kept until `done`, then summarized.
   */
  'summarize-part': {
    req: { id: string; count: number; features: TextFeatures; done: boolean; published?: string; url?: string; title?: string; regions?: TextRegion[] };
    res: { summary?: PageAnalysis & { references?: Reference[] } };
  };
  /** 'Save quote' in the page: the selection, the page's title, address and publication date, and a note. */
  'save-quote': { req: { text: string; url: string; title: string; published?: string; note?: string }; res: { id: string } };
  /** The content script's result for its tab: sets the toolbar badge. */
  'page-result': { req: { count: number; sinoRussian: boolean }; res: { ok: true } };
}

/** Messages sent TO a tab's content script (browser.tabs.sendMessage), from the background or the popup. */
export type TabMessage =
  | { lens: 'toggle-panel' }
  /** Mark the page even though it was not classified as China–Russia. */
  | { lens: 'scan-anyway' }
  /** What the content script found; answered with TabPageState. */
  | { lens: 'page-state' }
  /** Summarize the page again (the reader added an event from it); answered with TabPageState. */
  | { lens: 'resummarize' }
  /** The 'Save quote' shortcut: open the quote form for the reader's selection. */
  | { lens: 'save-quote' }
  /** The next (1) or previous (-1) reference: scrolled into view, its card opened and focused; no panel needed. */
  | { lens: 'step-reference'; direction: 1 | -1 }
  /** The popup's 'Show on this page': the first reference's card, or the panel when nothing is marked. */
  | { lens: 'show-on-page' };

export interface TabPageState {
  /** location.hostname of the page: the popup's per-site switch needs it even without the 'tabs' permission. */
  hostname?: string;
  /** location.href of the page: the reader's verdicts on it are stored by this address. */
  url?: string;
  /** The page's title, for 'Add this article as an event'. */
  title?: string;
  /** The page's language (its <html lang>), for 'show content in the page's language'. */
  lang?: Lang;
  enabled: boolean;
  sinoRussian: boolean;
  marked: number;
  analysis: (PageAnalysis & { references?: Reference[] }) | null;
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
