/** Where the card goes: under the mention when there is room, else above it; always inside the viewport. */
export interface Placement {
  left: number;
  top?: number;
  bottom?: number;
  maxHeight: number;
  /** The card's width: narrower than its usual 360px when the room is (a narrow or zoomed window). */
  width?: number;
}

const MARGIN = 8;
const GAP = 6;
const PREFERRED_HEIGHT = 300;

export function placeCard(
  anchor: { left: number; top: number; bottom: number },
  viewport: { width: number; height: number },
  cardWidth = 360,
): Placement {
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const width = Math.min(cardWidth, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - width - MARGIN));
  if (below >= PREFERRED_HEIGHT || below >= above) {
    return { left, top: anchor.bottom + GAP, maxHeight: Math.max(120, below), width };
  }
  // Anchored by its bottom edge, so the card grows upwards without knowing its height.
  return { left, bottom: viewport.height - anchor.top + GAP, maxHeight: Math.max(120, above), width };
}
