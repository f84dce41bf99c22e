import { describe, expect, it } from 'vitest';
import { IngestError, dateFromDigits, findDate, parseCitation, parseDate, segmentEdition } from '../src/index.ts';
import { expectWellFormed, slice } from './helpers.ts';

// Every text below is written for these tests; none comes from a newsletter.

describe('dates', () => {
  it.each([
    ['Mar. 12, 2025', '2025-03-12'],
    ['March 12, 2025', '2025-03-12'],
    ['Wednesday, December 4, 2024', '2024-12-04'],
    ['12 de marzo de 2025', '2025-03-12'],
    ['el 1 de septiembre del 2024', '2024-09-01'],
    ['mar. 12, 2025', '2025-03-12'],
    ['12 March 2025', '2025-03-12'],
    ['2025-03-12', '2025-03-12'],
  ])('reads "%s"', (text, date) => {
    expect(findDate(text)?.date).toBe(date);
  });

  it('reads numeric dates only in a known order, and an impossible month settles it', () => {
    expect(findDate('12/03/2025')).toBeNull();
    expect(parseDate('12/03/2025', 'mdy')).toBe('2025-12-03');
    expect(parseDate('12/03/2025', 'dmy')).toBe('2025-03-12');
    expect(parseDate('3/09/25', 'mdy')).toBe('2025-03-09');
    expect(parseDate('25/03/2025', 'mdy')).toBe('2025-03-25');
  });

  it('rejects impossible dates and bare months', () => {
    expect(parseDate('February 30, 2025')).toBeNull();
    expect(findDate('in December 2023 and in 1985')).toBeNull();
  });

  it('reads digits in a file name: MMDDYY, YYYYMMDD, MMDDYYYY', () => {
    expect(dateFromDigits('031225')).toBe('2025-03-12');
    expect(dateFromDigits('20250312')).toBe('2025-03-12');
    expect(dateFromDigits('03122025')).toBe('2025-03-12');
    expect(dateFromDigits('991399')).toBeNull();
  });
});

describe('citations', () => {
  it('reads "Outlet, M/D/YY, Author: Original title."', () => {
    expect(parseCitation('Reforma, 4/02/25, Ana de la Rosa Ruiz: Sube el robo a transporte de carga en el Edomex.')).toEqual({
      outlet: 'Reforma',
      publishedOn: '2025-04-02',
      author: 'Ana de la Rosa Ruiz',
      title: 'Sube el robo a transporte de carga en el Edomex',
      url: null,
    });
  });

  it('keeps colons and closing quotes inside the original title', () => {
    const source = parseCitation('Proceso, 3/07/25, Redacción: Operativo en Sonora: “Vamos por los cabecillas”: FBI.');
    expect(source?.title).toBe('Operativo en Sonora: “Vamos por los cabecillas”: FBI');
    expect(source?.author).toBe('Redacción');
  });

  it('reads Spanish dates, with and without commas inside them', () => {
    expect(parseCitation('La Jornada, 12 de marzo de 2025, Redacción: Título de prueba.')?.publishedOn).toBe('2025-03-12');
    expect(parseCitation('El Universal, mar. 12, 2025, Redacción: Título de prueba.')).toMatchObject({
      outlet: 'El Universal',
      publishedOn: '2025-03-12',
      author: 'Redacción',
    });
    expect(parseCitation('The New York Times, March 3, 2025: A headline in English')).toMatchObject({
      outlet: 'The New York Times',
      author: null,
      title: 'A headline in English',
    });
  });

  it('reads labelled sources: link, bold label, Spanish label, trailing date', () => {
    expect(parseCitation('Source: [Milenio](#)')).toMatchObject({ outlet: 'Milenio', url: null });
    expect(parseCitation('**Source:** [Animal Político](https://example.com/nota)')).toMatchObject({
      outlet: 'Animal Político',
      url: 'https://example.com/nota',
    });
    expect(parseCitation('Fuente: El Sol de México, 5 de abril de 2025')).toMatchObject({ outlet: 'El Sol de México', publishedOn: '2025-04-05' });
    expect(parseCitation('*Source: [Reuters](https://example.com/r), April 5, 2025*')).toMatchObject({ outlet: 'Reuters', publishedOn: '2025-04-05' });
  });

  it('does not mistake prose for a citation', () => {
    expect(parseCitation('Mexico, the United States and Canada met on Tuesday to discuss border security.')).toBeNull();
    expect(parseCitation('Officials said: the operation continues.')).toBeNull();
  });
});

describe('layouts', () => {
  it('plain text with no commentary: the first item follows the byline', () => {
    const text = [
      'Weekly Risk Brief – April 16, 2025',
      'By Laura Gómez, Partner, Example Risk',
      'Nuevo León adds state police checkpoints on the Monterrey–Laredo highway.',
      'The state government opened four new checkpoints after a series of cargo thefts on the toll road.',
      'El Norte, 4/14/25, Redacción: Instalan nuevos filtros de seguridad en la carretera a Laredo.',
    ].join('\n\n');
    const edition = segmentEdition(text, 'text');
    expect(edition).toMatchObject({ title: 'Weekly Risk Brief – April 16, 2025', publishedOn: '2025-04-16', author: 'Laura Gómez', commentary: null });
    expect(edition.items.map((item) => item.headline)).toEqual(['Nuevo León adds state police checkpoints on the Monterrey–Laredo highway']);
    expectWellFormed(edition);
  });

  it('Markdown with section labels and a citation right under the headline', () => {
    const text = [
      '## Mexico',
      '### Port of Lázaro Cárdenas under new customs chief',
      '*Milenio, 4/10/25, Redacción: Nombran a nuevo administrador de la aduana.*',
      'The new administrator, a retired admiral, promised weekly audits of container inspections.',
      '## United States',
      '### Texas adds troopers at two border crossings',
      'State officials said the deployment would last at least three months.',
      'Source: [The Texas Tribune](https://example.com/tx)',
    ].join('\n\n');
    const edition = segmentEdition(text, 'markdown');
    expect(edition.items.map((item) => [item.headline, item.source.outlet])).toEqual([
      ['Port of Lázaro Cárdenas under new customs chief', 'Milenio'],
      ['Texas adds troopers at two border crossings', 'The Texas Tribune'],
    ]);
    expect(edition.items[0]?.summary).toMatch(/^The new administrator/);
    expectWellFormed(edition);
  });

  it('a Spanish edition with a numeric date line reads it day first', () => {
    const text = [
      'Boletín semanal',
      '12/03/2025',
      'Por Ana Ruiz',
      'Detienen a cuatro personas por extorsión en Acapulco.',
      'La fiscalía de Guerrero informó que los detenidos cobraban cuotas a transportistas de la zona.',
      'Fuente: El Sur, 11 de marzo de 2025',
    ].join('\n\n');
    const edition = segmentEdition(text, 'text');
    expect(edition).toMatchObject({ title: 'Boletín semanal', publishedOn: '2025-03-12', author: 'Ana Ruiz' });
    expect(edition.items[0]?.source).toMatchObject({ outlet: 'El Sur', publishedOn: '2025-03-11' });
  });

  it('an item without a headline is headed by its first sentence', () => {
    const text = [
      'Prosecutors in Baja California opened 40 new investigations into fuel theft in March. Most cases involve taps on the pipeline near Rosarito.',
      'Zeta, 4/01/25, Redacción: Crece el robo de combustible en Baja California.',
      'Thanks for reading,',
      'Laura',
    ].join('\n\n');
    const edition = segmentEdition(text, 'text');
    expect(edition.items).toHaveLength(1);
    expect(edition.items[0]?.headline).toBe('Prosecutors in Baja California opened 40 new investigations into fuel theft in March');
    expect(slice(text, edition.items[0]?.headlineSpan ?? { start: 0, end: 0 })).toBe(
      'Prosecutors in Baja California opened 40 new investigations into fuel theft in March',
    );
    // The sign-off after the last citation is no item.
    expect(edition.items[0]?.span.end).toBe(text.indexOf('\n\nThanks'));
  });

  it('a single Spanish article takes its title, byline and the date stated in it', () => {
    const text = [
      'Crece la cooperación en materia de extradiciones',
      'Por Daniel Ortega Vela',
      'El 27 de febrero de 2025 los gobiernos de México y Estados Unidos acordaron revisar cada mes los casos pendientes de extradición.',
      'Los funcionarios señalaron que la prioridad serán los líderes de organizaciones criminales con procesos abiertos en ambos países, y que el intercambio de información se hará por canales diplomáticos.',
    ].join('\n');
    const edition = segmentEdition(text, 'text');
    expect(edition).toMatchObject({ title: 'Crece la cooperación en materia de extradiciones', publishedOn: '2025-02-27', author: 'Daniel Ortega Vela' });
    expect(edition.items).toHaveLength(1);
    expect(edition.items[0]).toMatchObject({ kind: 'article', headline: 'Crece la cooperación en materia de extradiciones' });
    expect(edition.items[0]?.summary.split('\n\n')).toHaveLength(2);
    expectWellFormed(edition);
  });

  it('spans point into the exact text given, Markdown marks and all', () => {
    const text = '# Brief – 2025-05-02\n\n### **Quiet week in Tijuana.**\n\nNo major incidents were reported by municipal police during the long weekend.\n\n**Source:** [Zeta](#)\n';
    const edition = segmentEdition(text, 'markdown');
    const [item] = edition.items;
    expect(edition.publishedOn).toBe('2025-05-02');
    expect(item && slice(text, item.headlineSpan)).toBe('Quiet week in Tijuana');
    expect(item && slice(text, item.summarySpan)).toBe('No major incidents were reported by municipal police during the long weekend.');
    expect(item && slice(text, item.span)).toMatch(/^### \*\*Quiet[\s\S]*\[Zeta\]\(#\)$/);
  });

  it('plain text with one paragraph per line and no blank lines', () => {
    const text = [
      'Security Brief – 2025-04-22',
      'By Laura Gómez',
      'Sonora soldiers stop a truck with methamphetamine',
      'Soldiers found 300 kilos of the drug in a truck near Hermosillo, officials said.',
      'El Imparcial, 4/20/25, Redacción: Aseguran metanfetamina en Hermosillo.',
      'Durango opens a new state prison wing',
      'The wing adds 400 places and will hold inmates moved from two municipal jails.',
      'El Siglo de Durango, 4/21/25, Redacción: Abre nuevo módulo en el penal estatal.',
    ].join('\n');
    const edition = segmentEdition(text, 'text');
    expect(edition).toMatchObject({ publishedOn: '2025-04-22', author: 'Laura Gómez', commentary: null });
    expect(edition.items.map((item) => [item.headline, item.source.outlet])).toEqual([
      ['Sonora soldiers stop a truck with methamphetamine', 'El Imparcial'],
      ['Durango opens a new state prison wing', 'El Siglo de Durango'],
    ]);
    expectWellFormed(edition);
  });

  it('keeps news that merely starts like boilerplate', () => {
    const text = [
      'Convoy attacked near Culiacán',
      'More information emerged on Tuesday about the convoy attacked on the Mexico 15 highway.',
      'Subscribers to the state alert system received a warning an hour before the attack, officials said.',
      'Ríodoce, 4/08/25, Redacción: Atacan convoy en la México 15.',
    ].join('\n\n');
    const [item] = segmentEdition(text, 'text').items;
    expect(item?.summary.split('\n\n')).toHaveLength(2);
    expect(item?.summary).toContain('More information emerged');
  });

  it('NO_ITEMS for a list or a few words', () => {
    expect(() => segmentEdition('Milk\nEggs\nBread', 'text')).toThrow(IngestError);
    expect(() => segmentEdition('Tortillas, frijoles, café.', 'text')).toThrowError(/No news item was found/);
  });
});

describe('edition titles', () => {
  const item = [
    'Coahuila and Texas agree on joint patrols along the Rio Grande',
    'The two state governments will share radio frequencies and hold monthly meetings between police commanders.',
    'Vanguardia, 4/20/25, Redacción: Acuerdan Coahuila y Texas patrullajes coordinados.',
  ];

  it('a newsletter name alone on the first line is the title, not an item', () => {
    const text = ['Border Notes', 'A calmer week on the northern border, with one exception worth a closer look.', ...item].join('\n\n');
    const edition = segmentEdition(text, 'text');
    expect(edition.title).toBe('Border Notes');
    expect(edition.commentary).toMatch(/^A calmer week/);
    expect(edition.items.map((i) => i.headline)).toEqual(['Coahuila and Texas agree on joint patrols along the Rio Grande']);
  });

  it('a short first headline straight above its summary is not taken for a title', () => {
    const edition = segmentEdition(['Joint patrols agreed', ...item.slice(1)].join('\n\n'), 'text');
    expect(edition.title).toBeNull();
    expect(edition.items.map((i) => i.headline)).toEqual(['Joint patrols agreed']);
  });

  it('a one-sentence commentary is not taken for the first headline', () => {
    const text = ['By Laura Gómez', 'Welcome back after the holiday break.', ...item].join('\n\n');
    const edition = segmentEdition(text, 'text');
    expect(edition.commentary).toBe('Welcome back after the holiday break.');
    expect(edition.items[0]?.headline).toBe(item[0]);
  });

  it('a short first paragraph of the first summary stays in the summary', () => {
    const text = [
      'By Laura Gómez',
      item[0],
      'Patrols start in May.',
      'Officers from both sides will meet every month to compare incident reports and plan joint operations near Piedras Negras.',
      item[2],
    ].join('\n\n');
    const edition = segmentEdition(text, 'text');
    expect(edition.commentary).toBeNull();
    expect(edition.items[0]?.headline).toBe(item[0]);
    expect(edition.items[0]?.summary.split('\n\n')).toHaveLength(2);
  });
});
