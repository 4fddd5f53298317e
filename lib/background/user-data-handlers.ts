/** Background side of the reader's data, for callers outside the extension origin (the in-page card). */
import { getDb } from '../../data/db';
import { toggleSaved } from '../../data/user-data/saved';
import { saveNote } from '../../data/user-data/notes';
import { readUserState } from './user-state';
import { saveQuote } from '../../data/user-data/quotes';
import { recheckDataset } from './ensure-seeded';
import type { HandlerTable } from './router';

export const userDataHandlers: HandlerTable = {
  'recheck-dataset': async () => {
    const r = await recheckDataset();
    return { seeded: r.seeded, version: r.version, events: r.events, entities: r.entities };
  },
  'user-state': ({ eventIds, entityId }) => readUserState(getDb(), eventIds, entityId),
  'save-note': async ({ targetType, targetId, text }) => {
    if ((targetType !== 'event' && targetType !== 'entity') || typeof targetId !== 'string' || !targetId || typeof text !== 'string') {
      throw new Error('save-note needs a target (event or entity id) and text');
    }
    return { saved: (await saveNote(getDb(), { type: targetType, id: targetId }, text)) !== undefined };
  },
  'toggle-saved': async ({ eventId }) => {
    if (typeof eventId !== 'string' || !eventId) throw new Error('toggle-saved needs an event id');
    return { saved: await toggleSaved(getDb(), eventId) };
  },
  'save-quote': async ({ text, url, title, published, note }) => {
    if (typeof text !== 'string' || typeof url !== 'string' || typeof title !== 'string') throw new Error('save-quote needs the text, the page address and its title');
    const quote = await saveQuote(getDb(), {
      text,
      url,
      title,
      ...(typeof published === 'string' ? { published } : {}),
      ...(typeof note === 'string' ? { note } : {}),
    });
    return { id: quote.id };
  },
};
