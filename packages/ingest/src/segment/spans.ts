import type { Block } from './blocks.ts';
import { headlineText } from './blocks.ts';
import { withoutClosingPeriod } from './citation.ts';
import { squeeze, stripMarkdown } from './markdown.ts';
import { firstSentenceEnd } from './sentences.ts';
import type { Span } from './types.ts';

// A headline cut from an article's first sentence stays under this length.
const MAX_DERIVED_HEADLINE = 120;

const LEADING_MARKUP = /^(?:#{1,6}[ \t]+)?(?:(?:\*\*|__|\*|_)[ \t]*)*/;

export interface Headline {
  text: string;
  span: Span;
}

/** A headline paragraph, with the span of its words (no '#', '**' or closing period). */
export function headlineOf(block: Block, text: string): Headline {
  const headline = headlineText(block);
  const raw = text.slice(block.start, block.end);
  const lead = LEADING_MARKUP.exec(raw)?.[0].length ?? 0;
  let end = raw.length;
  const trimMarkup = () => {
    while (end > lead && /[\s*_#]/.test(raw[end - 1] ?? '')) end--;
  };
  trimMarkup();
  const last = raw[end - 1] ?? '';
  if ((last === '.' || last === ':') && !headline.endsWith(last)) {
    end--;
    trimMarkup();
  }
  return { text: headline, span: { start: block.start + lead, end: block.start + end } };
}

/**
 * A headline for an item that has none: the first sentence of its first
 * paragraph, cut at a word boundary and marked with '…' when too long.
 */
export function headlineFromFirstSentence(block: Block, text: string): Headline {
  const raw = text.slice(block.start, block.end);
  const lead = LEADING_MARKUP.exec(raw)?.[0].length ?? 0;
  // Same length as the source, so offsets found here are offsets there.
  const flat = raw.slice(lead).replace(/\s/g, ' ');
  let end = firstSentenceEnd(flat);
  const tooLong = end > MAX_DERIVED_HEADLINE;
  if (tooLong) {
    const cut = flat.lastIndexOf(' ', MAX_DERIVED_HEADLINE);
    end = cut > MAX_DERIVED_HEADLINE / 3 ? cut : MAX_DERIVED_HEADLINE;
    while (end > 0 && /[\s,;:–—-]/.test(flat[end - 1] ?? '')) end--;
  }
  while (end > 0 && flat[end - 1] === ' ') end--;
  const words = squeeze(stripMarkdown(flat.slice(0, end)));
  const headline = tooLong ? `${words}…` : withoutClosingPeriod(words);
  // The span covers the words shown, so not a period the headline dropped.
  if (!tooLong && headline.length < words.length && flat[end - 1] === '.') end--;
  return { text: headline, span: { start: block.start + lead, end: block.start + lead + end } };
}

/** From the start of the first block to the end of the last one. */
export function spanOf(blocks: readonly Block[], fallback: Span): Span {
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  return first && last ? { start: first.start, end: last.end } : fallback;
}

/** The smallest span holding all of them. */
export function coverSpans(first: Span, rest: readonly Span[]): Span {
  return rest.reduce((cover, span) => ({ start: Math.min(cover.start, span.start), end: Math.max(cover.end, span.end) }), first);
}
