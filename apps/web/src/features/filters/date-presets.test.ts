import { describe, expect, it } from 'vitest';
import { activePreset, presetRange, withDates } from './date-presets.ts';

describe('date presets', () => {
  it('count back from today, today included', () => {
    expect(presetRange('last30', '2025-03-01')).toEqual({ from: '2025-01-31', to: '2025-03-01' });
    expect(presetRange('last90', '2025-03-01')).toEqual({ from: '2024-12-02', to: '2025-03-01' });
    expect(presetRange('ytd', '2025-03-01')).toEqual({ from: '2025-01-01', to: '2025-03-01' });
    expect(presetRange('last12m', '2025-03-01')).toEqual({ from: '2024-03-02', to: '2025-03-01' });
    expect(presetRange('last12m', '2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(presetRange('all', '2025-03-01')).toEqual({});
  });

  it('recognise the preset a filter came from', () => {
    expect(activePreset({}, '2025-03-01')).toBe('all');
    expect(activePreset({ from: '2025-01-01', to: '2025-03-01' }, '2025-03-01')).toBe('ytd');
    // The same dates a day later are no longer "year to date": they are a fixed period.
    expect(activePreset({ from: '2025-01-01', to: '2025-03-01' }, '2025-03-02')).toBe('custom');
    expect(activePreset({ from: '2025-01-01' }, '2025-03-01')).toBe('custom');
  });

  it('replace only the dates of a filter', () => {
    const f = { from: '2025-01-01', to: '2025-02-01', states: ['MX-SIN' as const], topics: [], orgs: [], q: 'x' };
    expect(withDates(f, {})).toEqual({ states: ['MX-SIN'], topics: [], orgs: [], q: 'x' });
    expect(withDates(f, { from: '2024-01-01' })).toEqual({ from: '2024-01-01', states: ['MX-SIN'], topics: [], orgs: [], q: 'x' });
  });
});
