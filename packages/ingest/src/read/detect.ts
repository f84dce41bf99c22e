import { IngestError, describeFile } from '../errors.ts';
import type { ReadLimits } from './limits.ts';
import { isZip, zipEntryNames } from './zip.ts';

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

export interface ReadOptions {
  filename?: string;
  mediaType?: string;
  /** How much work the document may ask for (default: DEFAULT_READ_LIMITS). */
  limits?: ReadLimits;
}

const PDF_MAGIC = '%PDF-';
// The PDF specification lets the header start anywhere in the first KiB.
const PDF_HEADER_WINDOW = 1024;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Recognises binary containers by their first bytes. Returns the format to
 * read, `null` for anything that should be decoded as text, and throws for
 * binaries that are no document we can read.
 */
export function detectBinaryFormat(bytes: Uint8Array, options: ReadOptions): 'pdf' | 'docx' | null {
  const file = describeFile(options.filename);
  if (startsWithPdfHeader(bytes)) return 'pdf';
  if (isZip(bytes)) return zipFormat(bytes, options);
  if (startsWith(bytes, OLE_MAGIC)) throw oldOfficeFile(file, options);
  if (asciiPrefix(bytes, 5) === '{\\rtf') {
    throw new IngestError('UNSUPPORTED_FORMAT', `${file} is an RTF document, which cannot be read. Save it as .docx or PDF, or paste the text.`);
  }
  const image = imageKind(bytes);
  if (image) {
    throw new IngestError('NOT_A_DOCUMENT', `${file} is a ${image} image, not a document. Upload the newsletter itself (text, Markdown, HTML, .docx or PDF).`);
  }
  const claimed = claimedFormat(options);
  if (claimed === 'pdf' || claimed === 'docx') {
    throw new IngestError('UNREADABLE', `${file} is not a valid ${claimed === 'pdf' ? 'PDF' : 'Word'} file; it may be damaged. Export it again from the original document.`);
  }
  return null;
}

/** The text format to parse: the name or media type when they say, else the content. */
export function detectTextFormat(text: string, options: ReadOptions): 'text' | 'markdown' | 'html' {
  const claimed = claimedFormat(options);
  if (claimed === 'text' || claimed === 'markdown' || claimed === 'html') return claimed;
  return sniffTextFormat(text);
}

export function sniffTextFormat(text: string): 'text' | 'markdown' | 'html' {
  const head = text.slice(0, 20_000);
  if (/^\s*(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return 'html';
  const tags = head.match(/<\/?(?:p|div|table|tr|td|br|span|h[1-6]|a|body|strong|em|b|i|ul|li)\b[^>]*>/gi);
  if (tags && tags.length >= 3) return 'html';
  if (/^#{1,6}[ \t]+\S/m.test(head) || /\[[^\]\n]+\]\([^)\s]*\)/.test(head) || /^\*\*[^*\n]+\*\*\s*$/m.test(head)) {
    return 'markdown';
  }
  return 'text';
}

const EXTENSIONS: Record<string, DocumentFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

const MEDIA_TYPES: Record<string, DocumentFormat> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

function claimedFormat(options: ReadOptions): DocumentFormat | null {
  const extension = options.filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  const byName = extension ? EXTENSIONS[extension] : undefined;
  if (byName) return byName;
  const mediaType = options.mediaType?.split(';')[0]?.trim().toLowerCase();
  return (mediaType && MEDIA_TYPES[mediaType]) || null;
}

function zipFormat(bytes: Uint8Array, options: ReadOptions): 'docx' {
  const file = describeFile(options.filename);
  const names = zipEntryNames(bytes);
  if (names.includes('word/document.xml')) return 'docx';
  if (names.length === 0 && claimedFormat(options) === 'docx') {
    throw new IngestError('UNREADABLE', `${file} is damaged: its Word archive cannot be opened. Save it again from Word, or export a PDF.`);
  }
  if (names.includes('content.xml') && names.includes('mimetype')) {
    throw new IngestError('UNSUPPORTED_FORMAT', `${file} is an OpenDocument file, which cannot be read. Save it as .docx or PDF.`);
  }
  throw new IngestError('NOT_A_DOCUMENT', `${file} is a ZIP archive, not a Word document. Upload the newsletter itself (.docx, PDF, HTML, Markdown or text).`);
}

function oldOfficeFile(file: string, options: ReadOptions): IngestError {
  if (claimedFormat(options) === 'docx') {
    return new IngestError('UNREADABLE', `${file} is password-protected. Remove the password in Word and upload it again.`);
  }
  return new IngestError('UNSUPPORTED_FORMAT', `${file} is in the old Word 97–2003 format, which cannot be read. Save it as .docx or PDF.`);
}

function imageKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  const ascii = asciiPrefix(bytes, 12);
  if (ascii.startsWith('GIF8')) return 'GIF';
  if (ascii.startsWith('RIFF') && ascii.slice(8) === 'WEBP') return 'WebP';
  if (ascii.startsWith('II*\0') || ascii.startsWith('MM\0*')) return 'TIFF';
  return null;
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  return asciiPrefix(bytes, PDF_HEADER_WINDOW).includes(PDF_MAGIC);
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function asciiPrefix(bytes: Uint8Array, length: number): string {
  return String.fromCharCode(...bytes.subarray(0, length));
}
