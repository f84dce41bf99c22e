import PDFDocument from 'pdfkit';
import { pdfSafe } from './pdf-text.ts';

// The look shared by Atalaya's PDFs (the briefing pack, the exposure page): colours, fonts, margins, and
// the text helpers that keep to them.
export const INK = '#14212b';
export const MUTED = '#5b6b78';
export const RULE = '#c9d2da';
export const LINK = '#0b5cad';
export const CARD = '#f3f5f7';

export const MARGIN = { top: 50, left: 50, right: 50, bottom: 72 };
export const REGULAR = 'Helvetica';
export const BOLD = 'Helvetica-Bold';
export const ITALIC = 'Helvetica-Oblique';

/** A document being written, and the width between its margins. */
export interface PdfPage {
  doc: PDFKit.PDFDocument;
  width: number;
}

/** Flowing text at the cursor, made safe for the standard fonts. */
export function write(p: PdfPage, s: string, font: string, size: number, color: string, options: PDFKit.Mixins.TextOptions = {}) {
  p.doc.font(font).fontSize(size).fillColor(color).text(pdfSafe(s), MARGIN.left, p.doc.y, { width: p.width, ...options });
}

export function heightOf(p: PdfPage, s: string, font: string, size: number, options: PDFKit.Mixins.TextOptions = {}): number {
  return p.doc.font(font).fontSize(size).heightOfString(pdfSafe(s), { width: p.width, ...options });
}

/** Starts a new page unless `height` still fits above the footer. */
export function keepTogether(p: PdfPage, height: number) {
  if (p.doc.y + height > p.doc.page.height - MARGIN.bottom) p.doc.addPage();
}

export function rule(p: PdfPage, gap = 10) {
  p.doc.moveDown(0.3);
  const y = p.doc.y + gap / 2;
  p.doc.moveTo(MARGIN.left, y).lineTo(MARGIN.left + p.width, y).lineWidth(0.6).strokeColor(RULE).stroke();
  p.doc.y = y + gap / 2;
}

/** Text in a box of at most `lines` lines, cut with an ellipsis. */
export function boxed(p: PdfPage, s: string, font: string, size: number, color: string, at: { x: number; y: number; width: number }, lines = 1) {
  p.doc.font(font).fontSize(size).fillColor(color);
  p.doc.text(pdfSafe(s), at.x, at.y, { width: at.width, height: p.doc.currentLineHeight(true) * lines + 1, ellipsis: true });
}

/** A new A4 document with Atalaya's margins, buffering its pages so footers can be written last. */
export function newPdf(info: { lang: string; title: string; subject: string; createdAt: Date }): PdfPage {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: info.lang,
    info: { Title: pdfSafe(info.title), Author: 'Atalaya', Subject: pdfSafe(info.subject), CreationDate: info.createdAt },
  });
  return { doc, width: doc.page.width - MARGIN.left - MARGIN.right };
}

/** Ends the document and returns its bytes. */
export async function pdfBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.end();
  await finished;
  return Uint8Array.from(Buffer.concat(chunks));
}
