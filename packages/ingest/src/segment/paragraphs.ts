import type { DocumentFormat } from '../read/detect.ts';
import { parseCitation } from './citation.ts';
import { sentenceBreaks } from './sentences.ts';

/** A paragraph of the source text, with its exact place in it. */
export interface Paragraph {
  start: number;
  end: number;
  /** The paragraph's lines, trimmed: one line unless it was wrapped. */
  lines: string[];
  /** Line breaks between the previous paragraph and this one (1 = same block). */
  gapBefore: number;
}

// Editors and mail clients hard-wrap at 72–80 columns; a text with longer
// lines has one paragraph per line.
const MAX_WRAP_WIDTH = 100;
const MIN_WRAP_WIDTH = 40;
// In a hard-wrapped text most lines run close to the wrap column.
const MIN_FULL_LINE_SHARE = 0.4;

interface SourceLine {
  text: string;
  start: number;
  end: number;
}

// Lines that always stand alone, even without a blank line around them.
const STRUCTURAL_LINE = /^(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,3}[.)][ \t]|>|\||(?:-{3,}|\*{3,}|_{3,})$|(\*\*|__)[^*_]+\1:?$|[*_]{0,2}(?:sources?|fuentes?)[*_]{0,2}\s*:)/i;

/**
 * Splits text into paragraphs. Blank lines always separate paragraphs; inside
 * a block, a line break separates them too unless the line was wrapped: in
 * Markdown every plain line break is a wrap; in a hard-wrapped plain text a
 * break is a wrap when the next word would not have fit on the line.
 * Paragraphs cut mid-sentence across a blank line are put back together.
 */
export function splitParagraphs(text: string, format: DocumentFormat): Paragraph[] {
  const lines = sourceLines(text);
  const wrapWidth = format === 'text' || format === 'pdf' ? hardWrapWidth(lines) : null;
  const paragraphs: Paragraph[] = [];
  for (const block of blocksOf(lines)) {
    let gapBefore = block.gapBefore;
    let current: SourceLine[] = [];
    const flush = () => {
      const first = current[0];
      const last = current[current.length - 1];
      if (!first || !last) return;
      paragraphs.push({ start: first.start, end: last.end, lines: current.map((line) => line.text), gapBefore });
      gapBefore = 1;
      current = [];
    };
    block.lines.forEach((line, i) => {
      const previous = block.lines[i - 1];
      if (previous && !isWrapped(previous, line, format, wrapWidth)) flush();
      current.push(line);
    });
    flush();
  }
  return mergeBrokenSentences(paragraphs, text);
}

/**
 * The column at which a plain text was hard-wrapped, or null when it was not:
 * its lines are short and many of them run close to the longest one.
 */
function hardWrapWidth(lines: SourceLine[]): number | null {
  const lengths = lines.map((line) => line.text.length).filter((length) => length > 0);
  const width = lengths.reduce((widest, length) => Math.max(widest, length), 0);
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return null;
  const nearlyFull = lengths.filter((length) => length >= width * 0.8).length;
  return nearlyFull / lengths.length >= MIN_FULL_LINE_SHARE ? width : null;
}

/** Non-empty lines with their offsets; text keeps its indentation trimmed away. */
function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ text: trimmed, start: offset + leading, end: offset + leading + trimmed.length });
    offset += raw.length + 1;
  }
  return lines;
}

function blocksOf(lines: SourceLine[]): { lines: SourceLine[]; gapBefore: number }[] {
  const blocks: { lines: SourceLine[]; gapBefore: number }[] = [];
  let gap = 0;
  let current: SourceLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length) {
        blocks.push({ lines: current, gapBefore: gap });
        current = [];
        gap = 1;
      }
      gap++;
      continue;
    }
    current.push(line);
  }
  if (current.length) blocks.push({ lines: current, gapBefore: gap });
  return blocks;
}

function isWrapped(previous: SourceLine, line: SourceLine, format: DocumentFormat, wrapWidth: number | null): boolean {
  if (STRUCTURAL_LINE.test(line.text) || STRUCTURAL_LINE.test(previous.text)) return false;
  if (format === 'markdown' || format === 'html' || format === 'docx') return true;
  if (wrapWidth === null || parseCitation(line.text)) return false;
  // Greedy wrapping breaks a line where the next word no longer fits.
  const nextWord = line.text.split(/\s/, 1)[0] ?? '';
  return previous.text.length + 1 + nextWord.length > wrapWidth;
}

/**
 * Joins a paragraph that stops mid-sentence (no closing punctuation) to the
 * next one when that one starts in lower case, as when a page break or an
 * editor split one paragraph in two.
 */
function mergeBrokenSentences(paragraphs: Paragraph[], text: string): Paragraph[] {
  const merged: Paragraph[] = [];
  for (const paragraph of paragraphs) {
    const previous = merged[merged.length - 1];
    if (previous && isCutOff(previous, text) && /^\p{Ll}/u.test(paragraph.lines[0] ?? '')) {
      previous.end = paragraph.end;
      previous.lines.push(...paragraph.lines);
      continue;
    }
    merged.push({ ...paragraph, lines: [...paragraph.lines] });
  }
  return merged;
}

function isCutOff(paragraph: Paragraph, text: string): boolean {
  const body = text.slice(paragraph.start, paragraph.end);
  if (STRUCTURAL_LINE.test(body) || /^\*\*[^*]+\*\*$/.test(body)) return false;
  // A headline has no closing punctuation either; only prose is cut off.
  const prose = sentenceBreaks(body).length > 0 || body.length > 200;
  return prose && !/[.!?:;"”’)\]*_]$/.test(body);
}
