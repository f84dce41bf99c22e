import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAll, type Extraction } from '../../src/extract/index.ts';

// Real newsletters, read in place: their text is never copied into the repository.
const SEEDS = new URL('../../../../../shared/seeds/', import.meta.url);

interface Paragraph {
  text: string;
  result: Extraction;
}

/** A crude stand-in for the segmenter: blank lines separate paragraphs. */
function extractSeed(file: string, date: string): Paragraph[] {
  const text = readFileSync(new URL(file, SEEDS), 'utf8');
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => ({ text: p, result: extractAll(p, { date }) }));
}

const march = extractSeed('security-chatter-2025-03-12.txt', '2025-03-12');
const december = extractSeed('security-chatter-2024-12-04.md', '2024-12-04');
const all = [...march, ...december];

const metrics = (paras: readonly Paragraph[]) => paras.flatMap((p) => p.result.metrics);
const slugsOf = (paras: readonly Paragraph[], kind: 'organizations' | 'people' | 'topics') =>
  new Set(paras.flatMap((p) => p.result[kind].map((h) => h.slug)));
/** The place hit for `code` in the paragraph that mentions `word`. */
const placeNear = (paras: readonly Paragraph[], word: string, code: string) =>
  paras.find((p) => p.text.includes(word))?.result.places.find((h) => h.code === code);

describe('seed newsletters: metrics', () => {
  it('finds the transfer of 29 prisoners', () => {
    const transfers = metrics(march).filter((m) => m.series === 'prisoner_transfers');
    expect(transfers.length).toBeGreaterThan(0);
    for (const t of transfers) expect(t).toMatchObject({ value: 29, place: 'MX', cumulative: false });
  });

  it('finds 290 kg of methamphetamine and 390,740 fentanyl pills', () => {
    const found = metrics(december);
    expect(found).toContainEqual(expect.objectContaining({ series: 'drug_seizure_kg', value: 290, unit: 'kg', dimension: 'methamphetamine' }));
    expect(found).toContainEqual(expect.objectContaining({ series: 'fentanyl_pills_seized', value: 390740, unit: 'pills' }));
  });

  it('finds the homicide rates of Mexico (24) and Baja California (69), and no overdose rate', () => {
    const rates = metrics(march).filter((m) => m.series === 'homicide_rate');
    expect(rates.map((r) => [r.value, r.place, r.unit])).toEqual([
      [24, 'MX', 'per 100k'],
      [69, 'MX-BCN', 'per 100k'],
    ]);
  });

  it('reads no percentage, money, year or overdose figure as a metric', () => {
    const values = metrics(all).map((m) => m.value);
    for (const v of [25, 70.5, 2.5, 74, 1985, 2013, 2015, 2023, 2024, 40]) expect(values).not.toContain(v);
  });
});

describe('seed newsletters: places, organizations, people', () => {
  it('places Tapachula in Chiapas, the Port of Veracruz in Veracruz and Culiacán in Sinaloa', () => {
    expect(placeNear(december, 'Tapachula', 'MX-CHP')).toBeDefined();
    expect(placeNear(december, 'Port of Veracruz', 'MX-VER')?.text).toBe('Port of Veracruz');
    expect(placeNear(march, 'Culiacán', 'MX-SIN')?.text).toBe('Culiacán');
  });

  it('finds the cartels and agencies', () => {
    const orgs = slugsOf(all, 'organizations');
    for (const slug of ['cjng', 'sinaloa-cartel', 'los-zetas', 'fbi']) expect(orgs).toContain(slug);
  });

  it('finds the people', () => {
    const people = slugsOf(march, 'people');
    for (const slug of ['omar-garcia-harfuch', 'kash-patel', 'rafael-caro-quintero']) expect(people).toContain(slug);
  });

  it('extracts every paragraph of a ten-item edition in one pass of precompiled matchers', () => {
    // No timing assertion (speed is benchmarked, not tested): this checks the
    // whole edition runs and every result points into its own paragraph.
    const items = all.filter((p) => p.text.length > 300).slice(0, 10);
    expect(items.length).toBe(10);
    for (const p of items) {
      const again = extractAll(p.text, { date: '2025-03-12' });
      for (const h of [...again.places, ...again.organizations, ...again.people, ...again.metrics]) {
        expect(p.text.slice(h.start, h.end)).toBe(h.text);
      }
    }
  });
});
