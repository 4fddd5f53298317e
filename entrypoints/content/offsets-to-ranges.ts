/**
 * Offsets in extracted text ↔ positions in the DOM, by binary search over the offset table.
 */
import type { TextTable } from './extract-text';

/** Index of the last node starting at or before `offset` (strictly before when `strict`), or -1. */
export function nodeIndexAt(starts: readonly number[], offset: number, strict = false): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? starts[mid] < offset : starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

function clamp(n: number, max: number) {
  return n < 0 ? 0 : n > max ? max : n;
}

/** DOM position where the character at `offset` begins. */
export function locateStart(table: TextTable, offset: number): DomPoint | null {
  let i = nodeIndexAt(table.starts, offset);
  if (i < 0) i = 0;
  let local = offset - table.starts[i];
  if (local >= table.lengths[i]) {
    // In a block separator: the next node holds the character.
    i += 1;
    local = 0;
  }
  const node = table.nodes[i];
  if (!node) return null;
  const map = table.maps[i];
  return { node, offset: clamp(map ? map[local] : local, node.length) };
}

/** DOM position just after the character before `offset`. */
export function locateEnd(table: TextTable, offset: number): DomPoint | null {
  const i = nodeIndexAt(table.starts, offset, true);
  if (i < 0) return null;
  const local = Math.min(offset - table.starts[i], table.lengths[i]);
  const node = table.nodes[i];
  const map = table.maps[i];
  const raw = map ? (local === 0 ? map[0] : map[local - 1] + 1) : local;
  return { node, offset: clamp(raw, node.length) };
}

/** A Range over [start, end) of the extracted text, or null when it cannot be placed. */
export function rangeFor(table: TextTable, start: number, end: number): Range | null {
  if (end <= start) return null;
  const a = locateStart(table, start);
  const b = locateEnd(table, end);
  if (!a || !b) return null;
  const range = document.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}

/** Offset in the extracted text of a DOM position inside table node `i` (inverse of locateStart). */
export function textOffsetOf(table: TextTable, i: number, rawOffset: number): number {
  const map = table.maps[i];
  let local = rawOffset;
  if (map) {
    local = 0;
    let lo = 0;
    let hi = map.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (map[mid] <= rawOffset) {
        local = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
  }
  return table.starts[i] + clamp(local, table.lengths[i]);
}
