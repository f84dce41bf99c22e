import { describe, expect, it } from 'vitest';
import { type ParsedDocument, parseDocument, segmentEdition } from '../src/index.ts';
import { SEEDS_DIR, expectWellFormed, hasSeeds, seed, slice } from './helpers.ts';

// The seeds are real newsletters kept outside the repository; their text is
// read from there and only headlines and short phrases are repeated here.
const describeSeeds = hasSeeds ? describe : describe.skip;
if (!hasSeeds) console.warn(`Seed newsletters not found at ${SEEDS_DIR}: seed segmentation tests skipped.`);

async function parseSeed(name: string): Promise<ParsedDocument> {
  return parseDocument(seed(name), { filename: name });
}

describeSeeds('security-chatter-2025-03-12.txt (plain text, citation lines)', () => {
  const load = () => parseSeed('security-chatter-2025-03-12.txt');

  it('reads the title, date, byline and commentary', async () => {
    const edition = await load();
    expect(edition.title).toBe('MI’s Security Chatter – Mar. 12, 2025');
    expect(edition.publishedOn).toBe('2025-03-12');
    expect(edition.author).toBe('Fausto Carbajal Glass');
    expect(edition.commentary).toContain('Recent developments mark');
    expect(edition.commentary).not.toContain('By Fausto');
    expect(edition.commentary?.split('\n\n')).toHaveLength(1);
  });

  it('finds six items with their headlines', async () => {
    const edition = await load();
    // Each headline by its opening and closing words (the seed's full sentences stay in the seed).
    const headlines = edition.items.map((item) => item.headline);
    const expected: Array<[RegExp, RegExp]> = [
      [/^Canada and Mexico know/, /Homeland Security$/],
      [/^García Harfuch meets with/, /drug trafficking members$/],
      [/^Terrorist designations and fentanyl:/, /arms trafficking\?$/],
      [/^Mexico and US explore/, /drug cartel leaders$/],
      [/^Delivery and security:/, /food delivery\?$/],
      [/^Mexico and Italy sign/, /security agreement$/],
    ];
    expect(headlines).toHaveLength(expected.length);
    expected.forEach(([start, end], i) => {
      expect(headlines[i]).toMatch(start);
      expect(headlines[i]).toMatch(end);
    });
    expect(edition.items.every((item) => item.kind === 'summary')).toBe(true);
  });

  it('reads every citation: outlet, date (M/D/YY), author and original title', async () => {
    const sources = (await load()).items.map((item) => item.source);
    expect(sources.map(({ outlet, publishedOn, author }) => [outlet, publishedOn, author])).toEqual([
      ['El Universal', '2025-03-09', 'Redacción'],
      ['Proceso', '2025-03-07', 'Redacción'],
      ['Nexos', '2025-03-04', 'Cecilia Farfán'],
      ['El Imparcial', '2025-03-06', 'Jairo Vazquez'],
      ['El Economista', '2025-03-08', 'Diego López'],
      ['Excelsior', '2025-03-08', 'Raúl Flores'],
    ]);
    expect(sources[0]?.title).toMatch(/^Canadá y México saben .* de EU$/);
    expect(sources[1]?.title).toMatch(/^García Harfuch se reúne .* narcotráfico$/);
    // The original title has a colon of its own and ends with a question mark.
    expect(sources[2]?.title).toMatch(/^Designaciones terroristas y fentanilo: ¿Herramientas .* armas\?$/);
    expect(sources[4]?.title).toMatch(/^Delivery y seguridad: ¿Por qué .*\?$/);
    expect(sources[5]?.title).toBe('Firma México e Italia acuerdo de seguridad');
    expect(sources.every((source) => source.url === null)).toBe(true);
  });

  it('keeps the paragraphs of a multi-paragraph item', async () => {
    const delivery = (await load()).items[4];
    const paragraphs = delivery?.summary.split('\n\n') ?? [];
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toContain('Recent data from DiDi Food');
    expect(paragraphs[1]).toContain('The most ordered items');
  });

  it('finds the same structure without the blank separator lines', async () => {
    const edition = await load();
    // The separators are lines holding a no-break space; without them every gap is alike.
    const text = edition.text.replace(/\n{3,}/g, '\n\n');
    const plain = segmentEdition(text, 'text');
    expect(plain.commentary).toBe(edition.commentary);
    expect(plain.items.map((item) => [item.headline, item.source])).toEqual(edition.items.map((item) => [item.headline, item.source]));
  });

  it('gives spans that slice back to each item, and drops the boilerplate', async () => {
    const edition = await load();
    expectWellFormed(edition);
    const first = edition.items[0];
    expect(first && slice(edition.text, first.span)).toMatch(/^Canada and Mexico know[\s\S]*de EU\.$/);
    const last = edition.items[5];
    expect(last && edition.text.slice(last.span.end)).toContain('Download PDF');
  });
});

describeSeeds('security-chatter-2024-12-04.md (Markdown, Source links)', () => {
  const load = () => parseSeed('security-chatter-2024-12-04.md');

  it('reads the title, date line and byline; there is no commentary', async () => {
    const edition = await load();
    expect(edition.format).toBe('markdown');
    expect(edition.title).toBe('Security Chatter');
    expect(edition.publishedOn).toBe('2024-12-04');
    expect(edition.author).toBe('Fausto Carbajal');
    expect(edition.commentary).toBeNull();
  });

  it('finds every ### item with its headline', async () => {
    const edition = await load();
    // The file has seven headed items, each closed by a Source line.
    const headlines = edition.items.map((item) => item.headline);
    const expected: Array<[RegExp, RegExp]> = [
      [/^Government's security strategy/, /Mexican cartels$/],
      [/^'A soft invasion of Mexico':/, /drug cartels$/],
      [/^Mexican President calls for respect/, /Trump 'soon'$/],
      [/^Trump's tariff threats/, /security at borders$/],
      [/^New migrant caravan/, /Trump's inauguration$/],
      [/^Attorney General's Office and Navy/, /Dominican Republic$/],
      [/^World at most dangerous point/, /MI6 chief warns$/],
    ];
    expect(headlines).toHaveLength(expected.length);
    expected.forEach(([start, end], i) => {
      expect(headlines[i]).toMatch(start);
      expect(headlines[i]).toMatch(end);
    });
  });

  it('reads Source lines, plain and bold; a # link is no URL', async () => {
    const sources = (await load()).items.map((item) => item.source);
    expect(sources.map((source) => source.outlet)).toEqual([
      'Milenio',
      'Rolling Stone',
      'LA Times',
      'ABC News',
      'El Economista',
      'Proceso',
      'The Independent',
    ]);
    for (const source of sources) {
      expect(source).toMatchObject({ url: null, publishedOn: null, author: null, title: null });
    }
  });

  it('rejoins paragraphs broken mid-sentence and keeps real paragraph breaks', async () => {
    const items = (await load()).items;
    expect(items[2]?.summary.split('\n\n')).toHaveLength(1);
    expect(items[2]?.summary).toContain('Her statement came after');
    expect(items[4]?.summary).toContain('a state of emergency and');
    const last = items[6]?.summary.split('\n\n') ?? [];
    expect(last).toHaveLength(2);
    expect(last[1]).toMatch(/^Regarding potential geopolitical shifts/);
    expect(last[1]).toContain('highlighted the potential long-term');
  });

  it('strips Markdown from summaries and drops the contact footer', async () => {
    const edition = await load();
    expectWellFormed(edition);
    for (const item of edition.items) expect(item.summary).not.toMatch(/\*\*|\[|\]\(|^#/m);
    expect(slice(edition.text, edition.items[0]?.span ?? { start: 0, end: 0 })).toMatch(/^### \*\*Government's[\s\S]*Source: \[Milenio\]\(#\)$/);
  });
});

describeSeeds('article-2025-02-27-extraditions.txt (one article, no title line)', () => {
  it('becomes one article headed by its first sentence, dated from the text', async () => {
    const edition = await parseSeed('article-2025-02-27-extraditions.txt');
    expect(edition.items).toHaveLength(1);
    const [article] = edition.items;
    expect(article?.kind).toBe('article');
    expect(article?.headline).toMatch(/^Mexico and the United States have ramped up .*…$/);
    expect(article?.headline.length).toBeLessThanOrEqual(121);
    expect(edition.publishedOn).toBe('2025-02-27');
    expect(article?.source.publishedOn).toBe('2025-02-27');
    expect(edition).toMatchObject({ title: null, author: null, commentary: null });
    expect(article?.summary.split('\n\n')).toHaveLength(17);
    expect(article?.summary).toContain('turn the tide on drug trafficking');
    expectWellFormed(edition);
  });
});

describeSeeds('column-2026-01-prisoner-transfers.txt (a column with subheadings)', () => {
  it('becomes one article with its title, subheadings kept, no date, no footer', async () => {
    const edition = await parseSeed('column-2026-01-prisoner-transfers.txt');
    expect(edition.items).toHaveLength(1);
    const [column] = edition.items;
    expect(column?.kind).toBe('article');
    expect(column?.headline).toBe('Unprecedented Extraditions Mark New Phase in Bilateral Security Cooperation');
    expect(edition.title).toBe(column?.headline);
    // "this week" is no date.
    expect(edition.publishedOn).toBeNull();
    const paragraphs = column?.summary.split('\n\n') ?? [];
    expect(paragraphs).toContain('High-Impact Operations Intensify');
    expect(paragraphs).toContain('Washington’s Perception and Diplomatic Recognition');
    expect(paragraphs).toContain('Future Targets: From Narcos to Accomplices');
    expect(paragraphs[0]).toMatch(/^The expulsion of 37 operatives/);
    expect(column?.source.outlet).toBe('Riviera Maya News & Events');
    expectWellFormed(edition);
  });
});
