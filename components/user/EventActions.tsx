/** Star and note controls for one event. Placeholder until the reader's-data feature lands (issue 7). */
import type { Event } from '../../core/types';

export function EventActions(_props: { event: Event }) {
  return null;
}
