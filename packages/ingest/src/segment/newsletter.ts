import { type Block, headlineScore, headlineText, isHeadlineLike, isProse } from './blocks.ts';
import { NO_SOURCE } from './citation.ts';
import { findDate } from './dates.ts';
import { type Headline, coverSpans, headlineFromFirstSentence, headlineOf, spanOf } from './spans.ts';
import type { SegmentedEdition, SegmentedItem } from './types.ts';

/** An item being assembled: its headline, summary paragraphs and citation. */
interface Draft {
  headline: Block | null;
  body: Block[];
  citation: Block | null;
}

interface Preamble {
  title: Block | null;
  author: string | null;
  publishedOn: string | null;
  /** Index of the first block after the preamble. */
  next: number;
}

// The title, date line and byline open the edition within its first blocks.
const PREAMBLE_WINDOW = 8;
const MAX_TITLE_CHARS = 150;
// A newsletter's name ("Security Chatter", "Weekly Risk Brief") is a few words.
const MAX_NAME_WORDS = 6;

/**
 * A newsletter edition: title, date and byline, the partner's commentary, then
 * items that each end with a citation (plain-text layout) or start with a
 * heading (Markdown, HTML, Word). Returns null when the text has no citation
 * at all: then it is not a newsletter.
 */
export function segmentNewsletter(blocks: Block[], text: string): Omit<SegmentedEdition, 'text'> | null {
  if (!blocks.some((block) => block.kind === 'citation')) return null;
  const preamble = readPreamble(blocks);
  const { drafts, commentary } = assembleItems(blocks.slice(preamble.next));
  const items = drafts.map((draft) => toItem(draft, text));
  if (items.length === 0) return null;
  return {
    title: preamble.title ? headlineText(preamble.title) : null,
    publishedOn: preamble.publishedOn ?? blocks.find((block) => block.kind === 'boilerplate' && block.date)?.date ?? null,
    author: preamble.author,
    commentary: commentary.length ? commentary.map((block) => block.markdown).join('\n\n') : null,
    items,
  };
}

/** Title, date line and byline, in whatever order the edition puts them. */
function readPreamble(blocks: Block[]): Preamble {
  const preamble: Preamble = { title: null, author: null, publishedOn: null, next: 0 };
  for (let i = 0; i < Math.min(blocks.length, PREAMBLE_WINDOW); i++) {
    const block = blocks[i];
    if (!block) break;
    if (block.kind === 'boilerplate' || block.kind === 'rule') {
      preamble.publishedOn ??= block.date ?? null;
    } else if (block.kind === 'byline' && !preamble.author) {
      preamble.author = block.author ?? null;
      preamble.publishedOn ??= block.date ?? null;
    } else if (block.kind === 'dateline' && !preamble.publishedOn) {
      preamble.publishedOn = block.date ?? null;
    } else if (!preamble.title && !preamble.author && isTitle(blocks, i)) {
      preamble.title = block;
      preamble.publishedOn ??= findDate(block.plain)?.date ?? null;
    } else {
      break;
    }
    preamble.next = i + 1;
  }
  return preamble;
}

/**
 * A title is a short line that a byline or date line follows, or that states
 * the edition's date, or that is a top-level Markdown heading — or a name of
 * a few words with room for commentary, a headline and a summary after it
 * before the first citation (a short first headline has no such room).
 */
function isTitle(blocks: Block[], index: number): boolean {
  const block = blocks[index];
  if (!block || (block.kind !== 'text' && block.kind !== 'heading')) return false;
  if (block.plain.length > MAX_TITLE_CHARS || block.lines.length > 1 || /\.$/.test(block.plain)) return false;
  const next = blocks.slice(index + 1).find((b) => b.kind !== 'boilerplate' && b.kind !== 'rule');
  if (next?.kind === 'byline' || next?.kind === 'dateline') return true;
  if (findDate(block.plain) || /^#{1,2}\s/.test(block.markdown)) return true;
  const firstCitation = blocks.findIndex((b) => b.kind === 'citation');
  return block.plain.split(' ').length <= MAX_NAME_WORDS && !/[!?]$/.test(block.plain) && firstCitation - index > 3;
}

/**
 * Walks the blocks after the preamble. A heading opens an item; a citation
 * closes one. Plain paragraphs before a citation with no heading above them
 * are split into commentary (first item only), headline and summary.
 */
function assembleItems(blocks: Block[]): { drafts: Draft[]; commentary: Block[] } {
  const drafts: Draft[] = [];
  let commentary: Block[] | null = null;
  let pending: Block[] = [];
  let current: Draft | null = null;

  const settlePending = (citation: Block | null) => {
    const chunk = pending;
    pending = [];
    if (chunk.length === 0) return;
    if (commentary === null) {
      if (citation === null) {
        commentary = chunk;
        return;
      }
      const split = splitFirstChunk(chunk);
      commentary = split.commentary;
      drafts.push({ headline: split.headline, body: split.body, citation });
      return;
    }
    const split = splitLaterChunk(chunk);
    // Without a citation, only a headed paragraph of prose is an item; stray
    // lines between items (sign-offs, addresses) are not.
    if (citation || (split.headline && split.body.some(isProse))) drafts.push({ ...split, citation });
  };
  const close = () => {
    if (current) drafts.push(current);
    commentary ??= [];
    current = null;
  };

  for (const block of blocks) {
    if (block.kind === 'boilerplate' || block.kind === 'rule') continue;
    if (block.kind === 'heading') {
      // A heading straight after another heading: the first one labelled a section.
      if (current && current.body.length === 0 && !current.citation) {
        current.headline = block;
        continue;
      }
      if (current) close();
      else settlePending(null);
      commentary ??= [];
      current = { headline: block, body: [], citation: null };
    } else if (block.kind === 'citation') {
      if (!current) {
        settlePending(block);
      } else if (current.body.length === 0 && !current.citation) {
        // Citation right under the headline, summary below it.
        current.citation = block;
      } else {
        if (!current.citation) current.citation = block;
        close();
      }
    } else if (current) {
      current.body.push(block);
    } else {
      pending.push(block);
    }
  }
  if (current) close();
  settlePending(null);
  return { drafts, commentary: commentary ?? [] };
}

/**
 * The first chunk holds the commentary, then the first item. The headline is
 * the paragraph that looks most like one, and more so than the paragraph
 * after it: a one-sentence commentary is followed by the headline, a headline
 * by its summary. Paragraphs after the last section break are tried first.
 */
function splitFirstChunk(chunk: Block[]): { commentary: Block[]; headline: Block | null; body: Block[] } {
  const lastBreak = chunk.findLastIndex((block, i) => i > 0 && block.sectionBreak);
  for (const from of lastBreak > 0 ? [lastBreak, 0] : [0]) {
    let best: { index: number; key: number } | null = null;
    for (let i = from; i < chunk.length - 1; i++) {
      const score = headlineScore(chunk[i] as Block);
      if (score < 0) continue;
      const key = 2 * score - headlineScore(chunk[i + 1] as Block);
      if (!best || key > best.key) best = { index: i, key };
    }
    if (best) return { commentary: chunk.slice(0, best.index), headline: chunk[best.index] ?? null, body: chunk.slice(best.index + 1) };
  }
  // No headline: the item is what follows the section break, or its last paragraph.
  const bodyStart = lastBreak > 0 ? lastBreak : chunk.length - 1;
  return { commentary: chunk.slice(0, bodyStart), headline: null, body: chunk.slice(bodyStart) };
}

/** Later chunks start with the headline, after any short section label. */
function splitLaterChunk(chunk: Block[]): { headline: Block | null; body: Block[] } {
  let i = 0;
  while (i < chunk.length - 2 && isSectionLabel(chunk[i] as Block) && isHeadlineLike(chunk[i + 1] as Block)) i++;
  const first = chunk[i];
  if (first && chunk.length - i >= 2 && isHeadlineLike(first)) return { headline: first, body: chunk.slice(i + 1) };
  return { headline: null, body: chunk.slice(i) };
}

/** "Mexico", "United States", "REGIONAL NEWS": a label, not a headline. */
function isSectionLabel(block: Block): boolean {
  const { plain } = block;
  const oneOrTwoWords = plain.split(' ').length <= 2 && !/[.!?]$/.test(plain);
  return oneOrTwoWords || (plain === plain.toUpperCase() && plain.length <= 40);
}

function toItem(draft: Draft, text: string): SegmentedItem {
  const headline = itemHeadline(draft, text);
  const parts = [draft.headline, ...draft.body, draft.citation].filter((block): block is Block => block !== null);
  return {
    kind: 'summary',
    headline: headline.text,
    summary: draft.body.map((block) => block.plain).join('\n\n'),
    source: { ...(draft.citation?.citation ?? NO_SOURCE) },
    span: coverSpans(headline.span, parts),
    headlineSpan: headline.span,
    summarySpan: spanOf(draft.body, { start: headline.span.end, end: headline.span.end }),
  };
}

/** The headline paragraph, else the summary's first sentence, else the original title. */
function itemHeadline(draft: Draft, text: string): Headline {
  if (draft.headline) return headlineOf(draft.headline, text);
  const firstBody = draft.body[0];
  if (firstBody) return headlineFromFirstSentence(firstBody, text);
  const citation = draft.citation;
  return { text: citation?.citation?.title ?? '', span: { start: citation?.start ?? 0, end: citation?.end ?? 0 } };
}
