import { describe, expect, it } from 'vitest';
import { type ParsedDocument, parseDocument } from '../src/index.ts';
import { expectWellFormed, fixture } from './helpers.ts';

async function parseFixture(name: string): Promise<ParsedDocument> {
  return parseDocument(fixture(name), { filename: name });
}

function citations(edition: ParsedDocument): (string | null)[][] {
  return edition.items.map(({ source }) => [source.outlet, source.publishedOn, source.author]);
}

describe('edition-es.txt: a Spanish-language edition', () => {
  it('reads "Por …", the Spanish title date and the commentary', async () => {
    const edition = await parseFixture('edition-es.txt');
    expect(edition).toMatchObject({
      format: 'text',
      title: 'Boletín de Seguridad de MI – 19 de marzo de 2025',
      publishedOn: '2025-03-19',
      author: 'Fausto Carbajal',
    });
    expect(edition.commentary).toContain('dos señales');
  });

  it('reads Spanish citation lines with every date style', async () => {
    const edition = await parseFixture('edition-es.txt');
    expect(edition.items.map((item) => item.headline)).toEqual([
      'La Marina asegura más de una tonelada de cocaína frente a Oaxaca',
      'Seis meses de enfrentamientos entre facciones en Sinaloa',
      'Gobierno federal presenta estrategia nacional contra la extorsión',
      'Detienen en Tamaulipas a operador de una red de tráfico de armas',
    ]);
    expect(citations(edition)).toEqual([
      ['Milenio', '2025-03-14', 'Redacción'], // 14 de marzo de 2025
      ['El Universal', '2025-03-15', 'Lucía Andrade Solís'], // mar. 15, 2025
      ['La Jornada', '2025-03-16', 'Tomás Villaseñor'], // 3/16/25
      ['Excélsior', '2025-03-17', 'Redacción'], // 2025-03-17
    ]);
    expect(edition.items[1]?.source.title).toBe('“No hay tregua”: medio año de guerra interna en Sinaloa');
    // A quoted title followed by who said it, closed by a period.
    expect(edition.items[2]?.source.title).toBe('“La extorsión es el delito que más lastima”: SSPC');
    expect(edition.items[1]?.summary.split('\n\n')).toHaveLength(2);
    expectWellFormed(edition);
  });
});

describe('email.html: a newsletter e-mail', () => {
  it('reads title, byline and commentary through the layout tables', async () => {
    const edition = await parseFixture('email.html');
    expect(edition).toMatchObject({
      format: 'html',
      title: 'MI’s Security Chatter – April 9, 2025',
      publishedOn: '2025-04-09',
      author: 'Fausto Carbajal Glass',
    });
    expect(edition.commentary).toMatch(/^The tariff pause gives/);
  });

  it('finds each item, whether its headline is an <h3>, a bold span or <b>', async () => {
    const edition = await parseFixture('email.html');
    expect(edition.items.map((item) => item.headline)).toEqual([
      'Washington extends the pause on tariffs for Mexican goods covered by the USMCA',
      'Mexico sends 26 more prisoners to the United States',
      'Soldiers dismantle three drug labs near Cosalá, Sinaloa',
    ]);
    expect(edition.items.map((item) => [item.source.outlet, item.source.url])).toEqual([
      ['El Economista', 'https://www.eleconomista.com.mx/empresas/aranceles-pausa'],
      ['Milenio', 'https://www.milenio.com/policia/traslado-26-reos'],
      ['Ríodoce', null],
    ]);
    expect(edition.items[1]?.source.publishedOn).toBe('2025-04-07');
    expect(edition.items[1]?.summary.split('\n\n')).toHaveLength(2);
    expectWellFormed(edition);
  });
});

describe('edition.docx: a Word document', () => {
  it('reads the Title style, the italic byline, Heading 3 items and citation lines', async () => {
    const edition = await parseFixture('edition.docx');
    expect(edition).toMatchObject({
      format: 'docx',
      title: 'MI’s Security Chatter – May 7, 2025',
      publishedOn: '2025-05-07',
      author: 'Fausto Carbajal Glass',
    });
    expect(edition.commentary).toContain('familiar mix');
    expect(edition.items.map((item) => item.headline)).toEqual([
      'Homicides fell 15% in the first four months of the year, according to the security cabinet',
      'US Homeland Security delegation reviews cargo scanners at the Laredo crossing',
      'Chiapas border towns report new displacement after clashes',
    ]);
    expect(citations(edition)).toEqual([
      ['El Universal', '2025-05-05', 'Redacción'],
      ['Milenio', '2025-05-06', 'Ana Sofía Pérez'],
      ['La Jornada', '2025-05-04', 'Elio Henríquez'],
    ]);
    expect(edition.items[0]?.source.title).toBe('Baja 15% el homicidio doloso en el primer cuatrimestre: Gabinete de Seguridad');
    expect(edition.items[1]?.source.url).toBe('https://www.milenio.com/politica/escaneres-nuevo-laredo');
    expect(edition.items[0]?.summary.split('\n\n')).toHaveLength(2);
    expectWellFormed(edition);
  });
});

describe('edition.pdf: a two-page PDF', () => {
  it('reads the edition without running headers or page numbers', async () => {
    const edition = await parseFixture('edition.pdf');
    expect(edition).toMatchObject({
      format: 'pdf',
      title: 'MI’s Security Chatter – May 14, 2025',
      publishedOn: '2025-05-14',
      author: 'Fausto Carbajal',
    });
    expect(edition.commentary).toMatch(/^This week the agenda moved/);
    expect(edition.items.map((item) => item.headline)).toEqual([
      'Former cartel financier pleads guilty in a New York federal court',
      'Congress approves changes to mandatory pretrial detention',
      'Guanajuato police seize weapons and tactical gear in Celaya',
      'Tourism in Quintana Roo holds steady despite travel warnings',
    ]);
    expect(citations(edition)).toEqual([
      ['Reforma', '2025-05-12', 'Redacción'],
      ['Proceso', '2025-05-10', 'Jorge Carrasco Araizaga'],
      ['Excélsior', '2025-05-13', 'Redacción'],
      ['El Financiero', '2025-05-11', 'Redacción'],
    ]);
    for (const item of edition.items) expect(item.summary).not.toMatch(/Page \d|Miranda Delphi Solutions/);
    expectWellFormed(edition);
  });

  it('keeps a paragraph that runs onto the next page in one piece', async () => {
    const edition = await parseFixture('edition.pdf');
    const reform = edition.items[1]?.summary ?? '';
    expect(reform.split('\n\n')).toHaveLength(1);
    expect(reform).toMatch(/^The reform adds[\s\S]*their first day in office\.$/);
  });
});

describe('no-title.txt: an edition that starts at the byline, hard-wrapped at 72 columns', () => {
  it('has no title, takes its date from the Download PDF line and unwraps the lines', async () => {
    const edition = await parseFixture('no-title.txt');
    expect(edition).toMatchObject({ title: null, publishedOn: '2025-04-02', author: 'Ana Lucía Robles' });
    expect(edition.commentary?.split('\n\n')).toHaveLength(2);
    expect(edition.commentary).not.toContain('\nfirst');
    expect(edition.items.map((item) => item.headline)).toEqual([
      'Border crossings at Nogales slow down after new inspection rules',
      'Jalisco prosecutors identify remains found at a ranch in Teuchitlán',
      'US lawmakers question the pace of fentanyl precursor controls',
    ]);
    expect(citations(edition)).toEqual([
      ['El Imparcial', '2025-03-28', 'Redacción'],
      ['Reforma', '2025-03-30', 'Carlos Méndez Ortiz'],
      ['The Washington Post', '2025-03-31', 'Staff'],
    ]);
    // A citation wrapped over two lines is still one citation.
    expect(edition.items[0]?.source.title).toBe('Revisiones más estrictas frenan el cruce de carga en Nogales');
    expect(edition.items[0]?.summary).toContain('nine hours last week after US customs');
    expect(edition.items[2]?.summary.split('\n\n')).toHaveLength(2);
    expectWellFormed(edition);
  });
});

describe('multi-paragraph.md: Markdown items of two and three paragraphs', () => {
  it('keeps every paragraph and reads each Source variant', async () => {
    const edition = await parseFixture('multi-paragraph.md');
    expect(edition).toMatchObject({
      format: 'markdown',
      title: 'Security Chatter — June 4, 2025',
      publishedOn: '2025-06-04',
      author: 'Fausto Carbajal Glass',
    });
    expect(edition.commentary?.split('\n\n')).toHaveLength(2);
    expect(edition.items.map((item) => item.summary.split('\n\n').length)).toEqual([3, 2, 3]);
    expect(edition.items.map((item) => item.headline)).toEqual([
      'Turnout in the judicial election stays below 13 percent',
      'Remittances jump ahead of a proposed US tax on transfers',
      'Navy takes over security at the port of Manzanillo',
    ]);
    expect(edition.items.map(({ source }) => source)).toEqual([
      { outlet: 'Reuters', publishedOn: '2025-06-02', author: null, title: null, url: 'https://www.reuters.com/world/americas/' },
      { outlet: 'El Financiero', publishedOn: null, author: null, title: null, url: null },
      {
        outlet: 'The New York Times',
        publishedOn: '2025-06-01',
        author: 'Staff',
        title: 'Mexico hands control of a major port to its navy',
        url: 'https://www.nytimes.com/section/world/americas',
      },
    ]);
    expectWellFormed(edition);
  });
});

describe('latin1.txt: a Windows-1252 file with CRLF line ends', () => {
  it('decodes accents and curly quotes and segments like any edition', async () => {
    const edition = await parseFixture('latin1.txt');
    expect(edition).toMatchObject({ publishedOn: '2025-03-26', author: 'Mariana Treviño Ávila' });
    expect(edition.text).not.toContain('\r');
    expect(edition.commentary).toContain('“sin subordinación”');
    expect(citations(edition)).toEqual([
      ['Excélsior', '2025-03-24', 'Redacción'],
      ['Reforma', '2025-03-25', 'Óscar Núñez'],
      ['Proceso', '2025-03-23', 'Redacción'],
    ]);
    expect(edition.items[2]?.source.title).toMatch(/^“No vamos a parar”: colectivos/);
    expectWellFormed(edition);
  });
});
