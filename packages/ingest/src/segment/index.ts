import { IngestError } from '../errors.ts';
import type { DocumentFormat } from '../read/detect.ts';
import { segmentArticle } from './article.ts';
import { toBlocks } from './blocks.ts';
import { segmentNewsletter } from './newsletter.ts';
import { splitParagraphs } from './paragraphs.ts';
import type { SegmentedEdition } from './types.ts';

export type { ItemSource, SegmentedEdition, SegmentedItem, Span } from './types.ts';
export { findDate, parseDate, dateFromDigits, type FoundDate, type NumericOrder } from './dates.ts';
export { parseCitation } from './citation.ts';

/**
 * Splits a document's text into an edition: title, date, author, commentary
 * and items with their citations and exact spans. A document without
 * citations that reads as prose becomes one item of kind 'article'.
 */
export function segmentEdition(text: string, format: DocumentFormat): SegmentedEdition {
  const blocks = toBlocks(splitParagraphs(text, format), text);
  const edition = segmentNewsletter(blocks, text) ?? segmentArticle(blocks, text);
  if (!edition) {
    throw new IngestError(
      'NO_ITEMS',
      'No news item was found: expected headlines with summaries and source lines (“Outlet, 3/09/25, Author: Title.” or “Source: Outlet”), or the paragraphs of an article.',
    );
  }
  return { ...edition, text };
}
