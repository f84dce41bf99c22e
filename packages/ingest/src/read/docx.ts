import { IngestError, describeFile } from '../errors.ts';
import { htmlToMarkdown } from './html.ts';

// Word's own Title style is the edition title; mammoth's default map only
// knows Heading 1–6.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh"];

/**
 * A .docx through mammoth to HTML and on through the HTML path, so Word
 * headings, bold headlines and hyperlinks reach the segmenter as Markdown.
 * Headers and footers (page numbers) are not part of mammoth's output.
 */
export async function readDocx(bytes: Uint8Array, filename?: string): Promise<string> {
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
  } catch {
    throw new IngestError('UNREADABLE', `${describeFile(filename)} is damaged and cannot be opened as a Word document. Save it again from Word, or export a PDF.`);
  }
  return htmlToMarkdown(html);
}
