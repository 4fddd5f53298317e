/** Text with the searched words inside <mark>: each segment is a text node, never parsed as HTML. */
import { highlight } from '../../lib/search/highlight';

export function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  const segments = highlight(text, terms);
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
