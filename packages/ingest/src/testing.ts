import { constants, crc32, deflateRawSync } from 'node:zlib';

// Hostile documents for tests, made in memory in a few milliseconds, so no large binary is committed.

const ascii = (text: string) => new TextEncoder().encode(text);
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const WORD_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * A valid PDF of `pages` pages, each showing the same few lines of text (one shared content stream):
 * a few bytes per page, so tens of thousands of pages fit in a couple of MB.
 */
export function pageBombPdf(pages: number): Uint8Array {
  const pageIds = Array.from({ length: pages }, (_, i) => 5 + i);
  // Six lines: the first and last two of a page look like running headers and footers to a reader.
  const content = `BT /F1 12 Tf 72 720 Td 16 TL ${Array.from({ length: 6 }, (_, i) => `(Line ${i + 1} of a page that says little.) '`).join(' ')} ET`;
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages} /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] >>`,
    HELVETICA,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...pageIds.map(() => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>'),
  ]);
}

/**
 * A one-page PDF whose compressed content stream, a few hundred KB, inflates to about `expandedBytes`
 * (a line of text, then blanks). Its Adler-32 checksum is left zero: PDF readers do not check it.
 */
export function streamBombPdf(expandedBytes: number): Uint8Array {
  const { deflated } = repeatedDeflate(ascii('BT /F1 12 Tf 72 720 Td (A page of blanks.) Tj ET\n'), 0x20, expandedBytes, ascii('\n'));
  // The zlib wrapper FlateDecode expects around raw deflate data: a header, then the (unchecked) checksum.
  const stream = concat([new Uint8Array([0x78, 0xda]), deflated, new Uint8Array(4)]);
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [5 0 R] >>',
    HELVETICA,
    [ascii(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, ascii('\nendstream')],
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>',
  ]);
}

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A PDF file of these objects (numbered from 1, the first the catalog), with its cross-reference table. */
function pdf(objects: Array<string | Uint8Array[]>): Uint8Array {
  const parts: Uint8Array[] = [ascii('%PDF-1.4\n')];
  let length = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  const add = (part: Uint8Array) => {
    parts.push(part);
    length += part.length;
  };
  objects.forEach((object, i) => {
    offsets.push(length);
    add(ascii(`${i + 1} 0 obj\n`));
    for (const part of typeof object === 'string' ? [ascii(object)] : object) add(part);
    add(ascii('\nendobj\n'));
  });
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  add(ascii(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return concat(parts);
}

/**
 * Raw deflate data for `head`, about `bytes` of one repeated byte, then `tail`, with its CRC-32 and size.
 * The repeated part is compressed once and its deflate blocks repeated (a sync flush ends each on a byte
 * boundary without a final block, so they can be joined): even gigabytes take a few hundred KB.
 */
function repeatedDeflate(head: Uint8Array, fill: number, bytes: number, tail: Uint8Array): { deflated: Uint8Array; crc: number; size: number } {
  const chunk = new Uint8Array(1024 * 1024).fill(fill);
  const repeats = Math.max(1, Math.round(bytes / chunk.length));
  const open = (part: Uint8Array) => deflateRawSync(part, { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
  const deflatedChunk = open(chunk);
  let crc = crc32(head);
  for (let i = 0; i < repeats; i++) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);
  return {
    deflated: concat([open(head), ...Array.from({ length: repeats }, () => deflatedChunk), deflateRawSync(tail)]),
    crc,
    size: head.length + repeats * chunk.length + tail.length,
  };
}

interface ZipEntry {
  name: string;
  /** Raw deflate data. */
  deflated: Uint8Array;
  crc: number;
  size: number;
}

/**
 * A .docx whose word/document.xml inflates to about `expandedBytes` of text in one paragraph, in a
 * few hundred KB. With `declaredBytes`, the archive lies about the size, as a hostile one would.
 */
export function zipBombDocx(expandedBytes: number, options: { declaredBytes?: number } = {}): Uint8Array {
  const head = ascii(`${XML_DECLARATION}<w:document ${WORD_NAMESPACE}><w:body><w:p><w:r><w:t>`);
  const tail = ascii('</w:t></w:r></w:p></w:body></w:document>');
  const { deflated, crc, size } = repeatedDeflate(head, 0x61, expandedBytes, tail);
  return zip([...docxParts(), { name: 'word/document.xml', deflated, crc, size: options.declaredBytes ?? size }]);
}

/** A .docx whose body is the given WordprocessingML (the children of <w:body>). */
export function docxWithBody(body: string): Uint8Array {
  return zip([...docxParts(), entry('word/document.xml', `${XML_DECLARATION}<w:document ${WORD_NAMESPACE}><w:body>${body}</w:body></w:document>`)]);
}

/** `[Content_Types].xml` and the package relationships a Word document needs besides its body. */
function docxParts(): ZipEntry[] {
  const types =
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const rels =
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  return [entry('[Content_Types].xml', types), entry('_rels/.rels', rels)];
}

function entry(name: string, text: string): ZipEntry {
  const bytes = ascii(text);
  return { name, deflated: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

/** A ZIP archive of deflated entries (no ZIP64: each entry under 4 GiB). */
function zip(entries: ZipEntry[]): Uint8Array {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = ascii(e.name);
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(8, 8, true);
    header.setUint32(14, e.crc >>> 0, true);
    header.setUint32(18, e.deflated.length, true);
    header.setUint32(22, e.size, true);
    header.setUint16(26, name.length, true);
    local.push(new Uint8Array(header.buffer), name, e.deflated);
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 20, true);
    record.setUint16(6, 20, true);
    record.setUint16(10, 8, true);
    record.setUint32(16, e.crc >>> 0, true);
    record.setUint32(20, e.deflated.length, true);
    record.setUint32(24, e.size, true);
    record.setUint16(28, name.length, true);
    record.setUint32(42, offset, true);
    central.push(new Uint8Array(record.buffer), name);
    offset += 30 + name.length + e.deflated.length;
  }
  const directory = concat(central);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return concat([...local, directory, new Uint8Array(end.buffer)]);
}

/** An HTML page whose text sits inside `depth` nested elements. */
export function nestedHtml(depth: number): string {
  return `<!doctype html><html><body>${'<div>'.repeat(depth)}Deep inside.${'</div>'.repeat(depth)}</body></html>`;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
