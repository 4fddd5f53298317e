/** Links for cards and the panel: only http(s) pages become links, labelled by their site. */

/** Only http(s) links are rendered as links; anything else (javascript:, data:) is shown as text or dropped. */
export function safeHttpUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

export function sourceLabel(url: URL): string {
  return url.hostname.replace(/^www\./, '');
}
