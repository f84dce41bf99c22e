import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, normalizeText, parseDocument, readDocument } from '../src/index.ts';
import { expectRefused, fixture } from './helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('format detection', () => {
  it('reads magic bytes before the name: a PDF or .docx under any name', async () => {
    expect((await readDocument(fixture('edition.pdf'), { filename: 'upload.bin' })).format).toBe('pdf');
    expect((await readDocument(fixture('edition.docx'), {})).format).toBe('docx');
  });

  it('uses the extension, then the media type, then the content', async () => {
    const markdown = utf8('## Title\n\nSome text with a [link](https://example.com).');
    expect((await readDocument(markdown, { filename: 'notes.txt' })).format).toBe('text');
    expect((await readDocument(markdown, { mediaType: 'text/markdown; charset=utf-8' })).format).toBe('markdown');
    expect((await readDocument(markdown, {})).format).toBe('markdown');
    expect((await readDocument(fixture('email.html'), {})).format).toBe('html');
    expect((await readDocument(utf8('<p>One</p><p>Two <b>three</b></p>'), {})).format).toBe('html');
    expect((await readDocument(utf8('Plain words, nothing else.'), {})).format).toBe('text');
  });
});

describe('text encodings and normalization', () => {
  it('strips a UTF-8 byte order mark', async () => {
    const { text } = await readDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Año nuevo')]), {});
    expect(text).toBe('Año nuevo');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', async () => {
    const { text } = await readDocument(fixture('latin1.txt'), { filename: 'latin1.txt' });
    expect(text).toContain('Boletín de Seguridad – 26 de marzo de 2025');
    expect(text).toContain('“sin subordinación”');
    expect(text).toContain('Óscar Núñez');
    expect(text).not.toContain('\r');
  });

  it('decodes UTF-16 with a byte order mark', async () => {
    const body = Array.from('Culiacán', (char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]).flat();
    const { text } = await readDocument(new Uint8Array([0xff, 0xfe, ...body]), {});
    expect(text).toBe('Culiacán');
  });

  it('normalizes to NFC, LF, plain spaces and no invisible characters; quotes and dashes stay', () => {
    const decomposed = 'Me\u0301xico';
    expect(normalizeText(`${decomposed}\r\nA\u00a0B\u200b C\r\n \u00a0 \t\r\n“x” – y`)).toBe('México\nA B C\n\n“x” – y');
  });

  it('drops control characters and direction overrides from a document, so a headline reads as it is written', async () => {
    const { text } = await readDocument(new TextEncoder().encode('Leak: invoice-\u202Efdp.exe\u0007\nSecond\u2066 line\u2069\u200E\n'), { filename: 'x.txt' });
    expect(text).toBe('Leak: invoice-fdp.exe\nSecond line\n');
  });
});

describe('HTML', () => {
  it('turns a newsletter e-mail into clean Markdown paragraphs', async () => {
    const { text } = await readDocument(fixture('email.html'), { filename: 'email.html' });
    expect(text).toMatch(/^# MI’s Security Chatter – April 9, 2025\n\n\*By Fausto Carbajal Glass/);
    expect(text).toContain('### **Washington extends the pause');
    expect(text).toContain('**Mexico sends 26 more prisoners to the United States**');
    expect(text).toContain('[Milenio](https://www.milenio.com/policia/traslado-26-reos)');
    // Two <br> separate the headline, the summary and the source inside one cell.
    expect(text).toContain('**Soldiers dismantle three drug labs near Cosalá, Sinaloa**\n\nArmy units');
  });

  it('drops the preheader, images, tracking pixel, styles, browser link and footer', async () => {
    const { text } = await readDocument(fixture('email.html'), { filename: 'email.html' });
    expect(text).not.toMatch(/record seizures in Sinaloa|!\[|open\.gif|font-family|@media|View this email|Unsubscribe|Paseo de la Reforma|receiving|received this/);
    expect(text).not.toMatch(/\n{3,}/);
    expect(text.split('\n').every((line) => line === line.trim())).toBe(true);
  });
});

describe('.docx', () => {
  it('maps Word styles to Markdown and leaves out headers and footers', async () => {
    const { text } = await readDocument(fixture('edition.docx'), { filename: 'edition.docx' });
    expect(text).toMatch(/^# MI’s Security Chatter – May 7, 2025\n/);
    expect(text).toContain('\n### **Chiapas border towns report new displacement after clashes**\n');
    expect(text).not.toMatch(/Page \d|Security Chatter · Miranda/);
  });
});

describe('PDF', () => {
  it('joins text runs into paragraphs, without page furniture', async () => {
    const { text } = await readDocument(fixture('edition.pdf'), { filename: 'edition.pdf' });
    const paragraphs = text.split(/\n{2,}/);
    expect(paragraphs[0]).toBe('MI’s Security Chatter – May 14, 2025');
    expect(paragraphs[1]).toBe('By Fausto Carbajal, Partner, Miranda Delphi Solutions');
    expect(paragraphs).toContain('Guanajuato police seize weapons and tactical gear in Celaya');
    expect(text).not.toMatch(/Page \d of \d|Security Chatter · Miranda/);
  });

  it('rejoins words hyphenated at a line end', async () => {
    const { text } = await readDocument(fixture('edition.pdf'), { filename: 'edition.pdf' });
    expect(text).toContain('Human rights organizations warned');
    expect(text).toMatch(/pretrial detention\. Human/);
    expect(text).not.toMatch(/\p{L}- \p{Ll}/u);
  });
});

describe('refusals', () => {
  it('EMPTY: no bytes, only whitespace, or HTML without text', async () => {
    await expectRefused(readDocument(new Uint8Array(), { filename: 'blank.txt' }), 'EMPTY', /^blank\.txt is empty/);
    await expectRefused(readDocument(utf8(' \n\u00a0\n\t\r\n'), {}), 'EMPTY', /^The file is empty/);
    await expectRefused(readDocument(utf8('<html><body><img src="x.png"><p> </p></body></html>'), { filename: 'a.html' }), 'EMPTY');
  });

  it('TOO_LARGE: checked before any parsing', async () => {
    // A damaged PDF that would be UNREADABLE if it were parsed.
    const huge = new Uint8Array(MAX_DOCUMENT_BYTES + 3.4 * 1024 * 1024);
    huge.set(utf8('%PDF-1.7\n'));
    await expectRefused(readDocument(huge, { filename: 'big.pdf' }), 'TOO_LARGE', /^big\.pdf is 23\.4 MB; the limit is 20 MB\.$/);
    await expectRefused(readDocument(new Uint8Array(MAX_DOCUMENT_BYTES + 1), {}), 'TOO_LARGE', /^The file is 20\.0 MB/);
  });

  it('NOT_A_DOCUMENT: random bytes, an image, a ZIP that is not a Word file', async () => {
    await expectRefused(readDocument(fixture('not-a-document.bin'), { filename: 'not-a-document.bin' }), 'NOT_A_DOCUMENT', /not-a-document\.bin is binary data/);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await expectRefused(readDocument(png, { filename: 'chart.png' }), 'NOT_A_DOCUMENT', /chart\.png is a PNG image/);
    const zip = renameEntry(fixture('edition.docx'), 'word/document.xml', 'word/documenX.xml');
    await expectRefused(readDocument(zip, { filename: 'archive.zip' }), 'NOT_A_DOCUMENT', /archive\.zip is a ZIP archive/);
    await expectRefused(readDocument(utf8('abc\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008def'), {}), 'NOT_A_DOCUMENT');
  });

  it('UNSUPPORTED_FORMAT: RTF and Word 97–2003 files', async () => {
    await expectRefused(readDocument(utf8('{\\rtf1\\ansi Hola}'), { filename: 'memo.rtf' }), 'UNSUPPORTED_FORMAT', /memo\.rtf is an RTF document/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expectRefused(readDocument(ole, { filename: 'old.doc' }), 'UNSUPPORTED_FORMAT', /Word 97–2003/);
  });

  it('NO_TEXT_LAYER: a PDF with nothing but a drawing', async () => {
    await expectRefused(
      readDocument(fixture('scanned.pdf'), { filename: 'scanned.pdf' }),
      'NO_TEXT_LAYER',
      /^scanned\.pdf has no text layer \(is it a scan\?\) — export it from the original document or paste the text\.$/,
    );
  });

  it('UNREADABLE: a damaged PDF or .docx, an encrypted .docx', async () => {
    await expectRefused(readDocument(utf8('%PDF-1.7\nthis is not really a PDF'), { filename: 'broken.pdf' }), 'UNREADABLE', /broken\.pdf is damaged/);
    const docx = fixture('edition.docx');
    await expectRefused(readDocument(docx.subarray(0, docx.length / 2), { filename: 'cut.docx' }), 'UNREADABLE', /cut\.docx is damaged/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expectRefused(readDocument(ole, { filename: 'locked.docx' }), 'UNREADABLE', /locked\.docx is password-protected/);
    await expectRefused(readDocument(utf8('plain text'), { filename: 'fake.pdf' }), 'UNREADABLE', /fake\.pdf is not a valid PDF/);
  });

  it('NO_ITEMS: text with no news item in it', async () => {
    await expectRefused(parseDocument(utf8('Milk\nEggs\nBread\n2 apples\nCoffee'), { filename: 'list.txt' }), 'NO_ITEMS', /^list\.txt: no news item was found/);
    await expectRefused(parseDocument(utf8('Call me back tomorrow.'), {}), 'NO_ITEMS', /^No news item was found/);
  });
});

/** The same archive with one entry renamed (same length, so offsets hold). */
function renameEntry(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const copy = new Uint8Array(bytes);
  const [needle, replacement] = [new TextEncoder().encode(from), new TextEncoder().encode(to)];
  for (let i = 0; i + needle.length <= copy.length; i++) {
    if (needle.every((byte, j) => copy[i + j] === byte)) copy.set(replacement, i);
  }
  return copy;
}
