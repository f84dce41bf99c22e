/** Where one item came from in the edition's source text (character offsets, end exclusive). */
export interface ItemSpan {
  itemId: number;
  start: number;
  end: number;
}

/** A run of source text covered by the same set of items. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Items whose span covers this run, innermost (shortest span) first; empty for unmarked text. */
  itemIds: number[];
}

/**
 * Spans clamped to the text, with empty, inverted and non-numeric ones dropped: offsets come from a
 * parser that is still changing, and a stale or wrong span must not break the page.
 */
export function cleanSpans(spans: readonly ItemSpan[], length: number): ItemSpan[] {
  const clean: ItemSpan[] = [];
  for (const span of spans) {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    const start = Math.max(0, Math.min(length, Math.floor(span.start)));
    const end = Math.max(0, Math.min(length, Math.floor(span.end)));
    if (end > start) clean.push({ itemId: span.itemId, start, end });
  }
  return clean;
}

/**
 * Cuts the source text at every span boundary, so that each segment is covered by a fixed set of items
 * and can be wrapped in one <mark>. Overlapping spans give segments covered by several items; the
 * innermost item comes first because it is the one a click most likely means.
 */
export function markSegments(text: string, spans: readonly ItemSpan[]): Segment[] {
  if (text === '') return [];
  const clean = cleanSpans(spans, text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const span of clean) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const itemIds = clean
      .filter((span) => span.start <= start && span.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((span) => span.itemId);
    segments.push({ start, end, text: text.slice(start, end), itemIds: [...new Set(itemIds)] });
  }
  return segments;
}
