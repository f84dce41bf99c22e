import { IngestError, describeFile } from '../errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/**
 * What Windows-1252 puts at 0x80–0x9F, where Latin-1 has control codes (curly
 * quotes, dashes, €, …). Node 20's TextDecoder('windows-1252') decodes these
 * bytes as Latin-1, so the table is applied by hand. The five unassigned
 * bytes keep their Latin-1 reading.
 */
export const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

// How much of a file is inspected to tell text from binary: enough to be
// representative, small enough to stay cheap on a 20 MB upload.
const SNIFF_BYTES = 8192;
// Text files carry a few control characters at most (form feeds, stray ESC);
// binaries are full of them.
const MAX_CONTROL_RATIO = 0.05;

/**
 * Decodes the bytes of a text document: UTF-16 or UTF-8 when marked or valid,
 * otherwise Windows-1252, the encoding Windows editors and older mail
 * clients use for Spanish text (it is a superset of Latin-1's printable range).
 */
export function decodeText(bytes: Uint8Array, filename?: string): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes.subarray(2));
  assertLooksLikeText(bytes, filename);
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  try {
    return utf8.decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Refuses bytes that no text editor would have written. */
function assertLooksLikeText(bytes: Uint8Array, filename?: string): void {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) throw notADocument(filename);
    const whitespace = byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
    if (byte < 0x20 && !whitespace) control++;
  }
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_RATIO) throw notADocument(filename);
}

function notADocument(filename?: string): IngestError {
  return new IngestError(
    'NOT_A_DOCUMENT',
    `${describeFile(filename)} is binary data, not a document. Upload the newsletter as text, Markdown, HTML, .docx or PDF.`,
  );
}

/** Windows-1252 text, decoded the same way in Node and in browsers. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}
