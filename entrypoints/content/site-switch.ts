/** Turning the lens off and on for this page's site (extension storage; the content script follows it). */
export interface SiteSwitch {
  off: () => void;
  on: () => void;
}

/** How long the 'turned off on this site' notice with its Undo stays (longer while the reader is in it). */
export const UNDO_TOAST_MS = 15000;
