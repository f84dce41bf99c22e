import { IngestError, describeFile } from '../errors.ts';
import { overLimit, type ReadLimits } from './limits.ts';

/** One line of text as laid out on the page, in PDF points (y grows upwards). */
interface Line {
  text: string;
  left: number;
  right: number;
  baseline: number;
  size: number;
}

/** The fields of a pdfjs text item this reader uses. */
interface TextRun {
  str: string;
  transform: number[];
  width: number;
}

interface Paragraph {
  text: string;
  // A gap well above the usual paragraph spacing: the author's section break.
  afterBreak: boolean;
}

// Vertical gap, relative to the usual line spacing, that starts a paragraph.
const PARAGRAPH_GAP = 1.3;
// …and that marks a section break, kept as an extra blank line.
const SECTION_GAP = 2.2;
// How many lines at the top and at the bottom of a page can be running
// headers or footers.
const MARGIN_LINES = 2;
const PAGE_NUMBER = /^(?:(?:page|p[aá]gina|p[aá]g\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|de|\/)\s*\d{1,4})?$/i;

/**
 * The text layer of a PDF as paragraphs: text runs joined into lines by their
 * baselines, lines into paragraphs by vertical gaps and wrapping, words split
 * by a hyphen at a line end rejoined, and running headers, footers and page
 * numbers left out.
 */
export async function readPdf(bytes: Uint8Array, limits: ReadLimits, filename?: string): Promise<string> {
  const pages = await readPageLines(bytes, limits, filename);
  if (pages.every((lines) => lines.length === 0)) {
    throw new IngestError(
      'NO_TEXT_LAYER',
      `${describeFile(filename)} has no text layer (is it a scan?) — export it from the original document or paste the text.`,
    );
  }
  const bodies = withoutRunningLines(pages);
  return joinAcrossPages(bodies.map(toParagraphs))
    .map((paragraph, i) => (i > 0 && paragraph.afterBreak ? `\n${paragraph.text}` : paragraph.text))
    .join('\n\n');
}

async function readPageLines(bytes: Uint8Array, limits: ReadLimits, filename?: string): Promise<Line[][]> {
  // Loaded on demand: pdfjs is large and most uploads are not PDFs.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // A copy, as a plain Uint8Array (pdfjs refuses Buffers): pdfjs may
    // transfer the buffer to its worker, and the caller keeps its bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw unreadable(error, filename);
  }
  if (document.numPages > limits.maxPages) {
    await document.destroy();
    throw overLimit('pages', filename, limits.maxPages, document.numPages);
  }
  try {
    const pages: Line[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs = content.items.filter((item): item is typeof item & TextRun => 'str' in item);
      pages.push(toLines(runs));
    }
    return pages;
  } catch (error) {
    throw unreadable(error, filename);
  } finally {
    await document.destroy();
  }
}

function unreadable(error: unknown, filename?: string): IngestError {
  const file = describeFile(filename);
  if (error instanceof Error && error.name === 'PasswordException') {
    return new IngestError('UNREADABLE', `${file} is password-protected. Remove the password and upload it again.`);
  }
  return new IngestError('UNREADABLE', `${file} is damaged and cannot be read as a PDF. Export it again from the original document.`);
}

/** Runs that share a baseline, in content order, become one line. */
function toLines(runs: TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const run of runs) {
    const [, , c = 0, d = 0, x = 0, y = 0] = run.transform;
    const size = Math.hypot(c, d) || 1;
    if (run.str.trim() === '') {
      // Space runs only matter as word separators, which positions give too.
      if (current && run.str.length > 0 && !current.text.endsWith(' ')) current.text += ' ';
      continue;
    }
    if (current && Math.abs(current.baseline - y) <= size * 0.4) {
      const gap = x - current.right;
      const needsSpace = gap > size * 0.15 && !current.text.endsWith(' ') && !run.str.startsWith(' ');
      current.text += (needsSpace ? ' ' : '') + run.str;
      current.right = Math.max(current.right, x + run.width);
      current.size = Math.max(current.size, size);
      continue;
    }
    current = { text: run.str, left: x, right: x + run.width, baseline: y, size };
    lines.push(current);
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text !== '');
}

/**
 * Drops page numbers and the lines repeated at the top or bottom of every
 * page (running headers and footers), comparing them with digits masked so
 * "Page 1 of 2" and "Page 2 of 2" count as the same line.
 */
function withoutRunningLines(pages: Line[][]): Line[][] {
  const margins = pages.map(marginLines);
  const seen = new Map<string, number>();
  for (const lines of margins) {
    for (const key of new Set(lines.map(maskDigits))) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const repeatedOn = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines, i) => {
    const margin = new Set(margins[i]);
    return lines.filter((line) => {
      if (!margin.has(line)) return true;
      const repeated = pages.length > 1 && (seen.get(maskDigits(line)) ?? 0) >= repeatedOn;
      return !repeated && !PAGE_NUMBER.test(line.text);
    });
  });
}

function marginLines(lines: Line[]): Line[] {
  const byHeight = [...lines].sort((a, b) => b.baseline - a.baseline);
  return [...byHeight.slice(0, MARGIN_LINES), ...byHeight.slice(-MARGIN_LINES)];
}

function maskDigits(line: Line): string {
  return line.text.replace(/\d+/g, '#').toLowerCase();
}

function toParagraphs(lines: Line[]): Paragraph[] {
  const spacing = usualLineSpacing(lines);
  const columnRight = lines.reduce((right, line) => Math.max(right, line.right), 0);
  const paragraphs: Paragraph[] = [];
  let text = '';
  let afterBreak = false;
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && !startsParagraph(previous, line, spacing, columnRight)) {
      text = joinLines(text, line.text);
      return;
    }
    if (text) paragraphs.push({ text, afterBreak });
    afterBreak = previous !== undefined && previous.baseline - line.baseline > spacing * SECTION_GAP;
    text = line.text;
  });
  if (text) paragraphs.push({ text, afterBreak });
  return paragraphs;
}

/** The most common distance between consecutive baselines on the page. */
function usualLineSpacing(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const gap = Math.round(((lines[i - 1]?.baseline ?? 0) - (lines[i]?.baseline ?? 0)) * 2) / 2;
    if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap < best)) [best, bestCount] = [gap, count];
  }
  return best || lines.reduce((size, line) => Math.max(size, line.size), 0) * 1.2;
}

function startsParagraph(previous: Line, line: Line, spacing: number, columnRight: number): boolean {
  const gap = previous.baseline - line.baseline;
  if (gap <= 0 || gap > spacing * PARAGRAPH_GAP) return true;
  if (Math.abs(previous.size - line.size) > 0.5) return true;
  if (line.left > previous.left + line.size) return true;
  // A wrapped line ends where the next word no longer fit; when the next
  // line's first word would have fit, the author broke the line on purpose.
  const firstWord = line.text.split(' ')[0] ?? '';
  const firstWordWidth = ((line.right - line.left) * (firstWord.length + 1)) / line.text.length;
  return previous.right + firstWordWidth < columnRight - line.size * 0.5;
}

/** Joins two lines of one paragraph, rejoining a word hyphenated at the break. */
function joinLines(text: string, next: string): string {
  if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next)) return text.slice(0, -1) + next;
  return `${text} ${next}`;
}

/** A paragraph cut by a page break continues on the next page. */
function joinAcrossPages(pages: Paragraph[][]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const page of pages) {
    page.forEach((paragraph, i) => {
      const last = paragraphs[paragraphs.length - 1];
      if (i === 0 && last && continuesOnNextPage(last.text, paragraph.text)) {
        last.text = joinLines(last.text, paragraph.text);
      } else {
        paragraphs.push({ ...paragraph, afterBreak: i === 0 ? false : paragraph.afterBreak });
      }
    });
  }
  return paragraphs;
}

function continuesOnNextPage(text: string, next: string): boolean {
  return !/[.!?:;"”’)\]]$/.test(text) && /^\p{Ll}/u.test(next);
}
