// Writes the binary test fixtures of packages/ingest (a .docx, two PDFs, a
// Windows-1252 text file and a file of random bytes). The output is committed;
// run again only to change a fixture:  npx tsx scripts/make-fixtures.ts
// (The .docx records the time it was written, so it differs on every run.)
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { type PDFFont, type PDFPage, PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { WINDOWS_1252_HIGH } from '../src/read/decode.ts';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../test/fixtures');
// Fixed dates keep the PDFs byte-identical from one run to the next.
const FIXED_DATE = new Date('2025-05-14T12:00:00Z');

interface FixtureItem {
  headline: string;
  paragraphs: string[];
  citation: string;
  url?: string;
}

interface FixtureEdition {
  title: string;
  byline: string;
  commentary: string[];
  items: FixtureItem[];
  footer: string[];
}

const DOCX_EDITION: FixtureEdition = {
  title: 'MI’s Security Chatter – May 7, 2025',
  byline: 'By Fausto Carbajal Glass, Partner, Miranda Delphi Solutions',
  commentary: [
    'May opened with a familiar mix: a visit from Washington, new numbers on homicides and another debate about who controls the ports. None of it changes the map for our clients yet, but the direction is clear.',
  ],
  items: [
    {
      headline: 'Homicides fell 15% in the first four months of the year, according to the security cabinet',
      paragraphs: [
        'The federal government reported an average of 65 intentional homicides per day between January and April, down from 77 in the same period of 2024. Guanajuato, Chihuahua and Baja California still account for almost a third of the victims.',
        'Independent analysts said part of the drop may reflect victims being classified as missing persons instead.',
      ],
      citation: 'El Universal, 5/05/25, Redacción: Baja 15% el homicidio doloso en el primer cuatrimestre: Gabinete de Seguridad.',
    },
    {
      headline: 'US Homeland Security delegation reviews cargo scanners at the Laredo crossing',
      paragraphs: [
        'Officials from both countries toured the new non-intrusive inspection equipment installed on the Mexican side of the busiest commercial crossing on the border. They agreed to share scan images in real time before the end of the year.',
      ],
      citation: 'Milenio, 5/06/25, Ana Sofía Pérez: Revisan escáneres de carga en Nuevo Laredo con delegación de EU.',
      url: 'https://www.milenio.com/politica/escaneres-nuevo-laredo',
    },
    {
      headline: 'Chiapas border towns report new displacement after clashes',
      paragraphs: [
        'Residents of several communities near Frontera Comalapa left their homes after armed groups fought for control of the roads leading to Guatemala. The state government sent 300 additional police officers to the area.',
      ],
      citation: 'La Jornada, 5/04/25, Elio Henríquez: Nuevo desplazamiento en la zona fronteriza de Chiapas.',
    },
  ],
  footer: ['If you would like to talk to our team about a security review of your sites, write to fausto.carbajal@example.com'],
};

const PDF_EDITION: FixtureEdition = {
  title: 'MI’s Security Chatter – May 14, 2025',
  byline: 'By Fausto Carbajal, Partner, Miranda Delphi Solutions',
  commentary: [
    'This week the agenda moved from the border to the courts. New judges, new rules for pretrial detention and a cartel leader’s plea deal in New York all point to the same question: how much of the bilateral strategy now depends on judicial decisions rather than on police operations.',
  ],
  items: [
    {
      headline: 'Former cartel financier pleads guilty in a New York federal court',
      paragraphs: [
        'A man described by prosecutors as a money launderer for the Sinaloa Cartel admitted to moving drug proceeds through currency exchange houses in Culiacán and Guadalajara. Sentencing was set for the autumn.',
      ],
      citation: 'Reforma, 5/12/25, Redacción: Se declara culpable en NY operador financiero del Cártel de Sinaloa.',
    },
    {
      headline: 'Congress approves changes to mandatory pretrial detention',
      paragraphs: [
        'The reform adds extortion and fuel theft to the list of crimes for which judges must order pre\u00adtrial detention. Human rights organi\u00adzations warned that the measure will deepen prison over\u00adcrowding and weaken the presumption of inno\u00adcence, while the govern\u00adment argued that it closes a loophole that let suspects walk free within hours of being arrested. The Senate still has to ratify the text, and state legis\u00adlatures will have to approve it after that, a process that officials expect to complete before the end of the current legis\u00adlative period, in time for the new judges to apply it from their first day in office.',
      ],
      citation: 'Proceso, 5/10/25, Jorge Carrasco Araizaga: Amplían el catálogo de delitos con prisión preventiva oficiosa.',
    },
    {
      headline: 'Guanajuato police seize weapons and tactical gear in Celaya',
      paragraphs: [
        'State and federal forces searched two safe houses and found 18 rifles, more than 4,000 cartridges and bulletproof vests marked with the initials of a local criminal group. Three people were arrested.',
      ],
      citation: 'Excélsior, 5/13/25, Redacción: Aseguran arsenal en dos casas de seguridad de Celaya.',
    },
    {
      headline: 'Tourism in Quintana Roo holds steady despite travel warnings',
      paragraphs: [
        'Hotel occupancy in Cancún and Playa del Carmen stayed above 80% in April, according to the state tourism office, even after several governments updated their travel advisories for Mexico.',
      ],
      citation: 'El Financiero, 5/11/25, Redacción: Ocupación hotelera en Quintana Roo se mantiene arriba de 80%.',
    },
  ],
  footer: ['For more information visit https://example.com/security'],
};

// Written in Windows-1252 to stand for a file saved by an older Windows editor.
const LATIN1_EDITION = `Boletín de Seguridad – 26 de marzo de 2025

Por Mariana Treviño Ávila, Socia, Miranda Delphi Solutions

La semana estuvo marcada por el debate sobre la presencia de agentes estadounidenses en territorio nacional. El gobierno insistió en que toda cooperación será “sin subordinación”.

Zacatecas reporta la menor cifra de homicidios en cinco años.

La fiscalía estatal contabilizó 38 víctimas en febrero, la cifra más baja desde 2020. Las autoridades lo atribuyen a la presencia permanente de la Guardia Nacional en Fresnillo.

Excélsior, 3/24/25, Redacción: Zacatecas registra su febrero menos violento en cinco años.

Aduanas de Manzanillo asegura precursores químicos procedentes de Asia.

Personal de la Agencia Nacional de Aduanas decomisó 12 toneladas de sustancias químicas que podrían usarse para fabricar metanfetamina. El cargamento estaba declarado como material de limpieza.

Reforma, 3/25/25, Óscar Núñez: Aseguran en Manzanillo 12 toneladas de precursores químicos.

Buscadoras de Jalisco piden acceso a predios señalados en denuncias anónimas.

Colectivos de búsqueda solicitaron a la fiscalía acompañamiento para revisar tres ranchos en Tlajomulco. Señalan que las denuncias llevan meses sin atenderse.

Proceso, 3/23/25, Redacción: “No vamos a parar”: colectivos exigen revisar predios en Tlajomulco.
`;

async function main(): Promise<void> {
  write('edition.docx', await editionDocx(DOCX_EDITION));
  write('edition.pdf', await editionPdf(PDF_EDITION));
  write('scanned.pdf', await scannedPdf());
  write('latin1.txt', encodeWindows1252(LATIN1_EDITION));
  write('not-a-document.bin', randomBytes(4096, 20250314));
}

function write(name: string, bytes: Uint8Array): void {
  writeFileSync(resolve(FIXTURES, name), bytes);
  console.log(`wrote test/fixtures/${name} (${bytes.byteLength} bytes)`);
}

async function editionDocx(edition: FixtureEdition): Promise<Uint8Array> {
  const plain = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 160 } });
  const citation = (item: FixtureItem) =>
    new Paragraph({
      spacing: { after: 240 },
      children: item.url
        ? [new ExternalHyperlink({ link: item.url, children: [new TextRun({ text: item.citation, italics: true })] })]
        : [new TextRun({ text: item.citation, italics: true })],
    });
  const document = new Document({
    creator: 'Atalaya test fixtures',
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun('Security Chatter · Miranda Delphi Solutions')] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT] })] })],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(edition.title)] }),
          new Paragraph({ children: [new TextRun({ text: edition.byline, italics: true })] }),
          ...edition.commentary.map(plain),
          ...edition.items.flatMap((item) => [
            new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun({ text: item.headline, bold: true })] }),
            ...item.paragraphs.map(plain),
            citation(item),
          ]),
          ...edition.footer.map(plain),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

interface PdfStyle {
  font: PDFFont;
  size: number;
  spaceBefore: number;
}

/** A two-column-free, two-page newsletter with a running header and page numbers. */
async function editionPdf(edition: FixtureEdition): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const italic = await pdf.embedFont(StandardFonts.HelveticaOblique);
  const styles = {
    title: { font: bold, size: 16, spaceBefore: 0 },
    byline: { font: italic, size: 10, spaceBefore: 8 },
    body: { font: regular, size: 10.5, spaceBefore: 9 },
    headline: { font: bold, size: 12, spaceBefore: 16 },
    citation: { font: italic, size: 9, spaceBefore: 7 },
  } satisfies Record<string, PdfStyle>;

  // A5 pages, so the edition runs onto a second page.
  const [width, height, margin] = [420, 595, 48];
  const pages: PDFPage[] = [];
  let page = pdf.addPage([width, height]);
  pages.push(page);
  let y = height - margin - 24;
  const draw = (text: string, style: PdfStyle) => {
    y -= style.spaceBefore;
    for (const line of wrap(text, style.font, style.size, width - 2 * margin)) {
      const lineHeight = style.size * 1.35;
      if (y - lineHeight < margin + 24) {
        page = pdf.addPage([width, height]);
        pages.push(page);
        y = height - margin - 24;
      }
      y -= lineHeight;
      page.drawText(line, { x: margin, y, size: style.size, font: style.font, color: rgb(0.1, 0.1, 0.1) });
    }
  };

  draw(edition.title, styles.title);
  draw(edition.byline, styles.byline);
  edition.commentary.forEach((paragraph) => draw(paragraph, styles.body));
  for (const item of edition.items) {
    draw(item.headline, styles.headline);
    item.paragraphs.forEach((paragraph) => draw(paragraph, styles.body));
    draw(item.citation, styles.citation);
  }
  edition.footer.forEach((paragraph) => draw(paragraph, styles.body));

  pages.forEach((p, i) => {
    p.drawText('Security Chatter · Miranda Delphi Solutions', { x: margin, y: height - margin + 8, size: 8, font: italic });
    p.drawText(`Page ${i + 1} of ${pages.length}`, { x: width / 2 - 20, y: margin - 16, size: 8, font: regular });
  });
  return pdf.save({ useObjectStreams: false });
}

/**
 * Greedy line wrapping. A word that does not fit is split at a soft hyphen
 * (U+00AD) when one fits, the way word processors hyphenate.
 */
function wrap(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate.replace(/\u00ad/g, ''))) {
      line = candidate;
      continue;
    }
    const parts = word.split('\u00ad');
    let head = '';
    for (let i = parts.length - 1; i > 0 && !head; i--) {
      const prefix = `${parts.slice(0, i).join('')}-`;
      if (fits(`${line} ${prefix}`)) {
        head = prefix;
        lines.push(`${line} ${prefix}`);
        line = parts.slice(i).join('\u00ad');
      }
    }
    if (!head) {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.map((l) => l.replace(/\u00ad/g, ''));
}

/** A page with a drawn rectangle and no text at all, like a scan without OCR. */
async function scannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 60, y: 80, width: 475, height: 680, color: rgb(0.85, 0.85, 0.82), borderColor: rgb(0.3, 0.3, 0.3), borderWidth: 2 });
  return pdf.save({ useObjectStreams: false });
}

function encodeWindows1252(text: string): Uint8Array {
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    table.set(byte >= 0x80 && byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte), byte);
  }
  return Uint8Array.from(Array.from(text.replace(/\n/g, '\r\n')), (char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`"${char}" has no Windows-1252 byte`);
    return byte;
  });
}

/** Deterministic noise (a linear congruential generator) with plenty of NUL bytes. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1664525 + 1013904223) >>> 0;
    bytes[i] = i % 7 === 0 ? 0 : state >>> 24;
  }
  return bytes;
}

await main();
