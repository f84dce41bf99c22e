import { IngestError, describeFile } from '../errors.ts';
import { readHtml } from './html.ts';
import { assertDepth, isStackOverflow, overLimit, type ReadLimits } from './limits.ts';
import { unzipWithin } from './zip.ts';

// Word's own Title style is the edition title; mammoth's default map only
// knows Heading 1–6.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/**
 * A .docx through mammoth to HTML and on through the HTML path, so Word
 * headings, bold headlines and hyperlinks reach the segmenter as Markdown.
 * Headers and footers (page numbers) are not part of mammoth's output.
 * Before mammoth unzips it, the archive is unzipped here within the size
 * limit, and its XML parts checked for nesting.
 */
export async function readDocx(bytes: Uint8Array, limits: ReadLimits, filename?: string): Promise<string> {
  assertUnzipsWithin(bytes, limits, filename);
  // Loaded on demand: most uploads are text, and mammoth pulls in JSZip.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images carry no text; dropping them here saves base64-encoding them.
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    if (isStackOverflow(error)) throw overLimit('depth', filename, limits.maxDepth);
    throw new IngestError('UNREADABLE', `${describeFile(filename)} is damaged and cannot be opened as a Word document. Save it again from Word, or export a PDF.`);
  }
  return readHtml(html, limits, filename);
}

function assertUnzipsWithin(bytes: Uint8Array, limits: ReadLimits, filename?: string): void {
  const parts = unzipWithin(bytes, limits.maxUnzippedBytes);
  if (!parts) throw overLimit('unzipped-size', filename, limits.maxUnzippedBytes);
  const utf8 = new TextDecoder();
  for (const [name, content] of parts) {
    if (/\.(?:xml|rels)$/i.test(name)) assertDepth(utf8.decode(content), 'xml', limits, filename);
  }
}
