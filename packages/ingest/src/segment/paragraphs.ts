import type { DocumentFormat } from '../read/detect.ts';
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

const MAX_WRAP_WIDTH = 100;

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
 * Markdown every plain line break is a wrap, in plain text and PDF text a
 * break is a wrap when the next word would not have fit on the line.
 * Paragraphs cut mid-sentence across a blank line are put back together.
 */
export function splitParagraphs(text: string, format: DocumentFormat): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let pendingGap = 0;
  for (const block of blocksOf(sourceLines(text))) {
    const width = Math.max(...block.lines.map((line) => line.text.length));
    let current: SourceLine[] = [];
    const flush = () => {
      const first = current[0];
      const last = current[current.length - 1];
      if (!first || !last) return;
      paragraphs.push({ start: first.start, end: last.end, lines: current.map((line) => line.text), gapBefore: pendingGap });
      pendingGap = 1;
      current = [];
    };
    pendingGap = block.gapBefore;
    block.lines.forEach((line, i) => {
      const previous = block.lines[i - 1];
      if (previous && !isWrapped(previous, line, width, format)) flush();
      current.push(line);
    });
    flush();
  }
  return mergeBrokenSentences(paragraphs, text);
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

function isWrapped(previous: SourceLine, line: SourceLine, width: number, format: DocumentFormat): boolean {
  if (STRUCTURAL_LINE.test(line.text) || STRUCTURAL_LINE.test(previous.text)) return false;
  if (format === 'markdown' || format === 'html' || format === 'docx') return true;
  // Editors and mail clients wrap at 72–80 columns; longer lines are paragraphs.
  if (width > MAX_WRAP_WIDTH) return false;
  const nextWord = line.text.split(/\s/, 1)[0] ?? '';
  return previous.text.length + 1 + nextWord.length > width;
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
