export interface Size {
  width: number;
  height: number;
}

const GAP = 12;

/**
 * Where the hover tooltip goes: beside the cursor, on whichever side it fits, and never past the
 * left or right edge of the map (on a phone the map is narrower than a tooltip beside a cursor).
 * It may hang below the map, over the legend, but never above it.
 */
export function placeTooltip(cursor: { x: number; y: number }, tip: Size, area: Size): { left: number; top: number } {
  let left = cursor.x + GAP;
  if (left + tip.width > area.width) left = cursor.x - GAP - tip.width;
  left = Math.max(0, Math.min(left, area.width - tip.width));
  let top = cursor.y + GAP;
  if (top + tip.height > area.height && cursor.y - GAP - tip.height >= 0) top = cursor.y - GAP - tip.height;
  return { left: Math.round(left), top: Math.round(Math.max(0, top)) };
}
