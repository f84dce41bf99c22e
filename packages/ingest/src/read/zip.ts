// Just enough of the ZIP format to list the entries of an archive, so a .docx can be told from any other
// ZIP without inflating anything, and to inflate its entries within a size limit.
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const EOCD_MIN_SIZE = 22;
// The archive comment (up to 64 KiB) sits after the end record.
const EOCD_SEARCH_WINDOW = EOCD_MIN_SIZE + 0xffff;
// A 32-bit field with this value says "see the ZIP64 extra field".
const ZIP64_MARK = 0xffffffff;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** The size the archive declares once inflated; only inflating tells the truth. */
  size: number;
  localHeaderOffset: number;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** Entry names from the central directory; empty when the archive is damaged. */
export function zipEntryNames(bytes: Uint8Array): string[] {
  return zipEntries(bytes).map((entry) => entry.name);
}

/** The entries the central directory lists; empty when the archive is damaged. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return [];
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) break;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    const extraStart = offset + 46 + nameLength;
    readZip64Sizes(view, extraStart, Math.min(extraStart + extraLength, view.byteLength), entry);
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Replaces the 32-bit fields marked as too small by their 64-bit values from the ZIP64 extra field. */
function readZip64Sizes(view: DataView, start: number, end: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= end; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ['size', 'compressedSize', 'localHeaderOffset'] as const) {
        if (entry[key] !== ZIP64_MARK) continue;
        if (field + 8 > Math.min(at + 4 + length, end)) return;
        entry[key] = Number(view.getBigUint64(field, true));
        field += 8;
      }
      return;
    }
    at += 4 + length;
  }
}

/**
 * Inflates every entry of an archive, refusing (null) as soon as their total passes `maxBytes`: first by
 * the sizes the archive declares, then by what inflating actually produces, which stops at the limit
 * (declared sizes can lie). Entries that cannot be inflated (damaged, an unknown method) are left out,
 * for the reader that needs them to refuse the file.
 */
export function unzipWithin(bytes: Uint8Array, maxBytes: number): Map<string, Uint8Array> | null {
  const entries = zipEntries(bytes);
  if (entries.reduce((total, entry) => total + entry.size, 0) > maxBytes) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    const data = entryData(view, bytes, entry);
    if (!data) continue;
    const remaining = maxBytes - total;
    let content: Uint8Array;
    if (entry.method === STORED) {
      content = data;
    } else if (entry.method === DEFLATED) {
      try {
        content = inflateRawSync(data, { maxOutputLength: remaining + 1 });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return null;
        continue;
      }
    } else {
      continue;
    }
    total += content.byteLength;
    if (total > maxBytes) return null;
    parts.set(entry.name, content);
  }
  return parts;
}

/** The compressed bytes of an entry, after its local header; null when they lie outside the archive. */
function entryData(view: DataView, bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const header = entry.localHeaderOffset;
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== LOCAL_FILE_HEADER) return null;
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.byteLength ? bytes.subarray(start, end) : null;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SEARCH_WINDOW);
  for (let offset = view.byteLength - EOCD_MIN_SIZE; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}
