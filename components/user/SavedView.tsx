/** The popup's 'Saved' view. Placeholder until the reader's-data feature lands (issue 7). */
export function SavedView(_props: { onOpenEvent: (id: string) => void }) {
  return null;
}
