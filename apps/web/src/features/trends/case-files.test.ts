import { STATES } from '@atalaya/domain';
import { describe, expect, it } from 'vitest';
import { axisOf, defaultMeasure, lineEnds, monthlyPlaces, NATIONAL_POPULATION_2024, per100k, population2024, shapeMonthly } from './case-files.ts';
import { monthPoint } from './test-points.ts';

const sinaloa = STATES.find((s) => s.iso === 'MX-SIN')!;

describe('monthly case-file places', () => {
  it('always draws national first, then the selected states once each', () => {
    expect(monthlyPlaces([]).places).toEqual(['MX']);
    expect(monthlyPlaces(['MX', 'MX-SIN', 'MX-SON', 'MX-SIN']).places).toEqual(['MX', 'MX-SIN', 'MX-SON']);
  });

  it('stops at six states and says how many were left out', () => {
    const states = STATES.slice(0, 9).map((s) => s.iso);
    const { places, left } = monthlyPlaces(states);
    expect(places).toHaveLength(7);
    expect(left).toBe(3);
  });

  it('compares states per 100k by default, and puts national on its own axis only for counts', () => {
    expect(defaultMeasure(['MX'])).toBe('count');
    expect(defaultMeasure(['MX', 'MX-SIN'])).toBe('per100k');
    expect(axisOf('MX', ['MX', 'MX-SIN'], 'count')).toBe('right');
    expect(axisOf('MX-SIN', ['MX', 'MX-SIN'], 'count')).toBe('left');
    expect(axisOf('MX', ['MX', 'MX-SIN'], 'per100k')).toBe('left');
    expect(axisOf('MX', ['MX'], 'count')).toBe('left');
  });
});

describe('per 100k', () => {
  it('divides by the 2024 population; national by the sum of the states', () => {
    expect(per100k(31, 3_100_000)).toBeCloseTo(1, 10);
    expect(population2024('MX-SIN')).toBe(sinaloa.population2024);
    expect(population2024('MX')).toBe(NATIONAL_POPULATION_2024);
    expect(NATIONAL_POPULATION_2024).toBeGreaterThan(125_000_000);
    expect(NATIONAL_POPULATION_2024).toBeLessThan(135_000_000);
    expect(population2024('US')).toBeUndefined();
  });
});

describe('shapeMonthly', () => {
  const points = [
    monthPoint('MX', '2024-01', 2049),
    monthPoint('MX-SIN', '2024-01', 150),
    monthPoint('MX', '2024-02', 1944, { confidence: 'low' }),
    // March is missing for Sinaloa: the line must break, not bridge it.
    monthPoint('MX', '2024-03', 2062),
    monthPoint('MX-SIN', '2024-04', 180),
    monthPoint('MX-SON', '2024-01', 90),
  ];

  it('makes one row per month, one column per asked-for place, with gaps as null', () => {
    const data = shapeMonthly(points, ['MX', 'MX-SIN'], 'count');
    expect(data.places).toEqual(['MX', 'MX-SIN']);
    expect(data.rows.map((r) => r.month)).toEqual(['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01']);
    expect(data.rows.map((r) => r['MX-SIN'])).toEqual([150, null, null, 180]);
    expect(data.rows.map((r) => r['MX'])).toEqual([2049, 1944, 2062, null]);
    expect(data.rows[0]).not.toHaveProperty('MX-SON');
    expect(data.lowConfidence).toEqual(new Set(['MX|2024-02-01']));
    expect(data.unit).toBe('case files');
  });

  it('turns counts into rates per 100k with each place’s own population', () => {
    const data = shapeMonthly(points, ['MX', 'MX-SIN'], 'per100k');
    expect(data.rows[0]!['MX-SIN']).toBeCloseTo((150 / sinaloa.population2024) * 100_000, 10);
    expect(data.rows[0]!['MX']).toBeCloseTo((2049 / NATIONAL_POPULATION_2024) * 100_000, 10);
    // Sinaloa's rate is higher than national although its count is ~14× lower.
    expect(data.rows[0]!['MX-SIN'] as number).toBeGreaterThan(data.rows[0]!['MX'] as number);
  });

  it('draws the definitive figure when a month has a preliminary one too', () => {
    const data = shapeMonthly(
      [monthPoint('MX', '2024-01', 10, { dataStatus: 'preliminary' }), monthPoint('MX', '2024-01', 12, { dataStatus: 'definitive' })],
      ['MX'],
      'count',
    );
    expect(data.rows).toEqual([{ month: '2024-01-01', MX: 12 }]);
  });

  it('is empty without points and refuses points of two series', () => {
    expect(shapeMonthly([], ['MX'], 'count').rows).toEqual([]);
    expect(() => shapeMonthly([monthPoint('MX', '2024-01', 1), monthPoint('MX', '2024-02', 1, { unit: 'victims' })], ['MX'], 'count')).toThrow(/mix units/);
  });

  it('reads the first and last value of a line for its summary', () => {
    const data = shapeMonthly(points, ['MX', 'MX-SIN'], 'count');
    expect(lineEnds(data.rows, 'MX-SIN')).toEqual({ first: { month: '2024-01-01', value: 150 }, last: { month: '2024-04-01', value: 180 } });
    expect(lineEnds(data.rows, 'MX-SON')).toBeNull();
  });
});
