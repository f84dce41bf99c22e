import type { ItemSource } from './citation.ts';

export type { ItemSource } from './citation.ts';

/** Offsets into the text given to `segmentEdition` (`text.slice(start, end)`). */
export interface Span {
  start: number;
  end: number;
}

export interface SegmentedItem {
  /** 'summary': a newsletter item; 'article': a document that is one article. */
  kind: 'summary' | 'article';
  headline: string;
  /** Plain-text paragraphs joined by a blank line. */
  summary: string;
  source: ItemSource;
  /** The whole item: headline, summary and citation. */
  span: Span;
  headlineSpan: Span;
  summarySpan: Span;
}

export interface SegmentedEdition {
  title: string | null;
  /** YYYY-MM-DD */
  publishedOn: string | null;
  author: string | null;
  /** The partner's opening paragraph(s), as Markdown; null when there are none. */
  commentary: string | null;
  items: SegmentedItem[];
  /** The text the spans point into. */
  text: string;
}
