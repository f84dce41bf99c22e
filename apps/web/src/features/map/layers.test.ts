import { STATES } from '@atalaya/domain';
import { describe, expect, it } from 'vitest';
import { parseLayer, perHundredThousand, periodYear, stateData, statusSummary } from './layers.ts';
import { advisoryLegendEntries, advisorySources, advisoryVintages, riskLegendEntries } from './risk-layer.ts';
import { ADVISORY, COUNTS, HOMICIDE_2024, LEVELS } from './test-data.ts';

const find = (data: ReturnType<typeof stateData>, iso: string) => data?.find((d) => d.iso === iso);

describe('parseLayer', () => {
  it('reads the five layers and falls back to items', () => {
    expect(parseLayer('homicide_rate')).toBe('homicide_rate');
    expect(parseLayer('risk_level')).toBe('risk_level');
    expect(parseLayer('us_advisory')).toBe('us_advisory');
    expect(parseLayer('items_per_100k')).toBe('items_per_100k');
    expect(parseLayer(null)).toBe('items');
    expect(parseLayer('nonsense')).toBe('items');
  });
});

describe('stateData', () => {
  it('waits for its data', () => {
    expect(stateData('items', { counts: null, homicide: HOMICIDE_2024 })).toBeNull();
    expect(stateData('homicide_rate', { counts: COUNTS, homicide: null })).toBeNull();
  });

  it('counts items, with a real zero for states that have none', () => {
    const data = stateData('items', { counts: COUNTS, homicide: null });
    expect(data).toHaveLength(32);
    expect(find(data, 'MX-SIN')).toMatchObject({ value: 40, count: 40, name: 'Sinaloa', id: 25 });
    expect(find(data, 'MX-AGU')).toMatchObject({ value: 0, count: 0 });
    expect(data?.every((d) => d.value !== null)).toBe(true);
  });

  it('divides by the 2024 population for items per 100,000', () => {
    const data = stateData('items_per_100k', { counts: COUNTS, homicide: null });
    const colima = STATES.find((s) => s.iso === 'MX-COL')!;
    expect(find(data, 'MX-COL')?.value).toBeCloseTo((1 / colima.population2024) * 100_000, 10);
    expect(find(data, 'MX-AGU')?.value).toBe(0);
    expect(perHundredThousand(15, 1_500_000)).toBeCloseTo(1);
  });

  it('marks states without a homicide figure as no data, not zero', () => {
    const data = stateData('homicide_rate', { counts: COUNTS, homicide: HOMICIDE_2024 });
    expect(find(data, 'MX-AGU')).toMatchObject({ value: null, dataStatus: null, sourceLabel: null });
    expect(find(data, 'MX-COL')).toMatchObject({ value: 123.8, dataStatus: 'definitive', sourceLabel: 'INEGI via localnewswave.com' });
    expect(statusSummary(data!)).toEqual({ definitive: 3, preliminary: 3, missing: 26 });
    expect(periodYear(HOMICIDE_2024.period)).toBe(2024);
    expect(periodYear(null)).toBeNull();
  });
});

describe('stateData on the Risk level layer', () => {
  it('waits for the levels', () => {
    expect(stateData('risk_level', { counts: COUNTS, homicide: null, levels: null })).toBeNull();
  });

  it('takes each state’s level in force, a state never rated as null ("not rated"), never 1', () => {
    const data = stateData('risk_level', { counts: COUNTS, homicide: null, levels: LEVELS });
    expect(data).toHaveLength(32);
    expect(find(data, 'MX-SIN')).toMatchObject({ value: 5, risk: { level: 5, effectiveOn: '2025-06-03', demo: true } });
    expect(find(data, 'MX-SON')).toMatchObject({ value: 1 });
    expect(find(data, 'MX-AGU')).toMatchObject({ value: null, risk: { level: null, effectiveOn: null, demo: false } });
    // Absent from the answer is never rated too.
    expect(find(data, 'MX-JAL')).toMatchObject({ value: null, risk: { level: null } });
  });

  it('puts the level beside every other layer’s figure, null while the levels load', () => {
    expect(find(stateData('items', { counts: COUNTS, homicide: null, levels: LEVELS }), 'MX-CHH')).toMatchObject({ value: 12, risk: { level: 4 } });
    expect(find(stateData('homicide_rate', { counts: null, homicide: HOMICIDE_2024, levels: LEVELS }), 'MX-CHH')).toMatchObject({ value: 60, risk: { level: 4 } });
    expect(find(stateData('items', { counts: COUNTS, homicide: null }), 'MX-CHH')?.risk).toBeNull();
  });

  it('makes a legend of the whole scale, each level with its number of states, then not rated', () => {
    const legend = riskLegendEntries(stateData('risk_level', { counts: null, homicide: null, levels: LEVELS })!);
    expect(legend.map((e) => [e.kind, e.kind === 'level' ? e.level : null, e.count])).toEqual([
      ['level', 1, 1],
      ['level', 2, 0],
      ['level', 3, 0],
      ['level', 4, 1],
      ['level', 5, 1],
      ['notRated', null, 29],
    ]);
  });
});

describe('stateData on the US advisory layer', () => {
  const data = stateData('us_advisory', { counts: null, homicide: null, levels: LEVELS, advisory: ADVISORY });

  it('waits for the advisory', () => {
    expect(stateData('us_advisory', { counts: COUNTS, homicide: null, levels: LEVELS, advisory: null })).toBeNull();
  });

  it('takes each state’s advisory level with its vintage and sources, keeping the firm’s level apart', () => {
    expect(find(data, 'MX-SIN')).toMatchObject({ value: 4, advisory: { asOf: '2024-12-06', issuer: 'US Department of State' }, risk: { level: 5 } });
    expect(find(data, 'MX-CAM')).toMatchObject({ value: null, advisory: null });
    expect(find(data, 'MX-JAL')).toMatchObject({ value: null, advisory: null });
  });

  it('makes a legend of its own four steps, then the states without an advisory, and names vintages and sources', () => {
    expect(advisoryLegendEntries(data!).map((e) => [e.kind, e.kind === 'level' ? e.level : null, e.count])).toEqual([
      ['level', 1, 1],
      ['level', 2, 0],
      ['level', 3, 1],
      ['level', 4, 1],
      ['notRated', null, 29],
    ]);
    expect(advisoryVintages(data!)).toEqual(['2024-12-06']);
    expect(advisorySources(data!)).toEqual({
      issuers: ['US Department of State'],
      urls: ['https://www.example-daily.test/2024/12/06/advisory', 'https://walking.example.test/advisory-update'],
      notes: ['Levels as the press reported them.'],
    });
  });
});
