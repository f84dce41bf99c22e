import { type Block, headlineText, isHeadlineLike, isProse } from './blocks.ts';
import { findDate } from './dates.ts';
import { coverSpans, headlineFromFirstSentence, headlineOf, spanOf } from './spans.ts';
import type { SegmentedEdition } from './types.ts';

// Less than this is a note or a list, not an article.
const MIN_ARTICLE_WORDS = 40;

/**
 * A document that is one article or column: an optional title line, byline
 * and date line, then paragraphs (section subheadings stay in the summary as
 * paragraphs of their own). Its date is the one stated in the text, if any.
 */
export function segmentArticle(blocks: Block[], text: string): Omit<SegmentedEdition, 'text'> | null {
  const content = blocks.filter((block) => block.kind !== 'boilerplate' && block.kind !== 'rule');
  const words = content.reduce((sum, block) => sum + block.plain.split(' ').length, 0);
  if (words < MIN_ARTICLE_WORDS || !content.some(isProse)) return null;

  let index = 0;
  const first = content[0];
  const title = first && content.length > 1 && isHeadlineLike(first) && !isProse(first) ? first : null;
  if (title) index++;
  let author: string | null = null;
  let statedDate: string | null = null;
  for (let block = content[index]; block && (block.kind === 'byline' || block.kind === 'dateline'); block = content[++index]) {
    author ??= block.author ?? null;
    statedDate ??= block.date ?? null;
  }
  const body = content.slice(index);
  const firstBody = body[0];
  if (!firstBody) return null;

  const headline = title ? headlineOf(title, text) : headlineFromFirstSentence(firstBody, text);
  const publishedOn = statedDate ?? firstStatedDate(body);
  const outlet = blocks.find((block) => block.publisher)?.publisher ?? null;
  const item = {
    kind: 'article' as const,
    headline: headline.text,
    summary: body.map((block) => block.plain).join('\n\n'),
    source: { outlet, publishedOn, author, title: title ? headlineText(title) : null, url: null },
    span: coverSpans(headline.span, [spanOf(content, headline.span)]),
    headlineSpan: headline.span,
    summarySpan: spanOf(body, headline.span),
  };
  return { title: item.source.title, publishedOn, author, commentary: null, items: [item] };
}

/** The first full date written out in the text ("February 27, 2025", "27 de febrero de 2025"). */
function firstStatedDate(blocks: Block[]): string | null {
  for (const block of blocks) {
    const found = findDate(block.plain);
    if (found) return found.date;
  }
  return null;
}
