import { testBackends } from '@atalaya/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApi } from './helpers.ts';

describe.each(testBackends())('metrics.series on %s', (kind) => {
  let api: Awaited<ReturnType<typeof demoApi>>;
  beforeAll(async () => {
    api = await demoApi(kind);
  });
  afterAll(() => api.handle.close());

  it('gives the monthly case files of national and a state, with the third-party source and the reconciliation notes', async () => {
    const { series, points } = await api.caller.metrics.series({
      series: 'homicide_case_files_sesnsp',
      places: ['MX', 'MX-SIN'],
      from: '2024-01-01',
      to: '2025-12-31',
    });
    expect(series.sourceKind).toBe('third_party');
    expect(new Set(points.map((p) => p.place))).toEqual(new Set(['MX', 'MX-SIN']));
    expect(points.filter((p) => p.place === 'MX')).toHaveLength(19);
    expect(points.every((p) => p.sourceLabel && /third-party/i.test(p.sourceLabel))).toBe(true);
    expect(points.find((p) => p.place === 'MX' && p.periodStart === '2024-08-01')?.note).toMatch(/reconcile/);
  });

  it('charts US CBP figures (place US) and keeps each period’s scope note', async () => {
    const { series, points } = await api.caller.metrics.series({ series: 'fentanyl_seizures_cbp_lb', places: ['US'] });
    expect(series.source).toBe('US CBP');
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.every((p) => p.place === 'US' && p.unit === 'lb')).toBe(true);
    expect(points.some((p) => /southwest border/i.test(p.note ?? ''))).toBe(true);
  });

  it('never mixes seizure scopes: Sedena-only and whole-cabinet figures come back apart', async () => {
    const sedena = await api.caller.metrics.series({ series: 'drug_seizures_sedena_kg', places: ['MX'] });
    const cabinet = await api.caller.metrics.series({ series: 'drug_seizures_cabinet_kg', places: ['MX'] });
    expect(sedena.points.length).toBeGreaterThan(0);
    expect(cabinet.points.length).toBeGreaterThan(0);
    expect(sedena.points.every((p) => /sedena/i.test(p.sourceLabel ?? ''))).toBe(true);
    expect(cabinet.points.every((p) => /gabinete/i.test(p.sourceLabel ?? ''))).toBe(true);
  });

  it('gives every prisoner transfer, with its date, when no range is asked for', async () => {
    const { points } = await api.caller.metrics.series({ series: 'prisoner_transfers', places: ['MX'] });
    expect(points.map((p) => [p.periodStart, p.value])).toEqual([
      ['2025-02-27', 29],
      ['2025-08-12', 26],
      ['2026-01-20', 37],
    ]);
  });

  it('rejects unknown places and series', async () => {
    await expect(api.caller.metrics.series({ series: 'prisoner_transfers', places: ['XX' as 'MX'] })).rejects.toBeInstanceOf(TRPCError);
    await expect(api.caller.metrics.series({ series: 'nope' as 'prisoner_transfers', places: ['MX'] })).rejects.toBeInstanceOf(TRPCError);
  });
});
