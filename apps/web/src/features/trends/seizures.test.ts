import { describe, expect, it } from 'vitest';
import { point } from './test-points.ts';
import { SEIZURE_OPTIONS, seizureOption, shapeSeizures, TOTAL_KEY } from './seizures.ts';

const kg = (start: string, end: string, drug: string | null, value: number, extra = {}) =>
  point({ periodStart: start, periodEnd: end, dimension: drug, value, unit: 'kg', ...extra });

describe('seizure options', () => {
  it('offers one series per option, never the same series twice, with Sedena and cabinet apart', () => {
    const series = SEIZURE_OPTIONS.map((o) => o.series);
    expect(new Set(series).size).toBe(series.length);
    expect(series).toContain('drug_seizures_sedena_kg');
    expect(series).toContain('drug_seizures_cabinet_kg');
    expect(series).toContain('fentanyl_seizures_cbp_lb');
    expect(seizureOption('cbp').places).toEqual(['US']);
    expect(seizureOption('nonsense').id).toBe(SEIZURE_OPTIONS[0].id);
  });
});

describe('shapeSeizures', () => {
  it('groups one bar per drug under each period, oldest period first, drugs in catalog order', () => {
    const data = shapeSeizures([
      kg('2025-01-01', '2025-10-31', 'methamphetamine', 49455),
      kg('2024-01-01', '2024-12-31', 'methamphetamine', 19808),
      kg('2024-01-01', '2024-12-31', 'fentanyl', 341),
      kg('2025-01-01', '2025-10-31', 'fentanyl', 554),
    ]);
    expect(data.periods.map((p) => [p.start, p.end, p.values])).toEqual([
      ['2024-01-01', '2024-12-31', { fentanyl: 341, methamphetamine: 19808 }],
      ['2025-01-01', '2025-10-31', { fentanyl: 554, methamphetamine: 49455 }],
    ]);
    expect(data.drugs).toEqual(['fentanyl', 'methamphetamine']);
    expect(data.unit).toBe('kg');
    expect(data.overlapping).toBe(false);
  });

  it('keeps irregular, overlapping periods as separate bars and flags them', () => {
    const data = shapeSeizures([kg('2025-01-01', '2025-02-28', 'fentanyl', 89), kg('2025-01-01', '2025-10-31', 'fentanyl', 554)]);
    expect(data.periods.map((p) => p.key)).toEqual(['2025-01-01_2025-02-28', '2025-01-01_2025-10-31']);
    expect(data.overlapping).toBe(true);
  });

  it('puts a series without a drug dimension under one total bar', () => {
    const data = shapeSeizures([point({ place: 'US', periodStart: '2023-10-01', periodEnd: '2024-09-30', value: 21889, unit: 'lb' })]);
    expect(data.drugs).toEqual([TOTAL_KEY]);
    expect(data.periods[0]!.values).toEqual({ [TOTAL_KEY]: 21889 });
  });

  it('prefers the definitive figure for a period and drug, and refuses to mix series (kg with lb)', () => {
    const data = shapeSeizures([kg('2024-01-01', '2024-12-31', 'fentanyl', 300, { dataStatus: 'preliminary' }), kg('2024-01-01', '2024-12-31', 'fentanyl', 341, { dataStatus: 'definitive' })]);
    expect(data.periods[0]!.values).toEqual({ fentanyl: 341 });
    expect(() => shapeSeizures([kg('2024-01-01', '2024-12-31', 'fentanyl', 341), point({ unit: 'lb' })])).toThrow(/mix units/);
    expect(shapeSeizures([]).periods).toEqual([]);
  });
});
