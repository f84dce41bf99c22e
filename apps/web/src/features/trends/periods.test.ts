import { describe, expect, it } from 'vitest';
import { addMonths, monthEnd, monthlyTrendRange, monthsBetween, monthsTouched, periodLabel, periodsOverlap } from './periods.ts';

describe('calendar helpers', () => {
  it('steps by months across year ends and leap years', () => {
    expect(addMonths('2024-11-15', 2)).toBe('2025-01-01');
    expect(addMonths('2025-03-31', -13)).toBe('2024-02-01');
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(monthsTouched('2025-01-15', '2025-03-02')).toBe(3);
    expect(monthsBetween('2024-11-20', '2025-02-01')).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
  });
});

describe('monthlyTrendRange', () => {
  it('keeps a range of six months or more as it is, and an open range open', () => {
    expect(monthlyTrendRange({ from: '2024-01-01', to: '2025-12-31' }, '2026-11-22')).toEqual({ from: '2024-01-01', to: '2025-12-31' });
    expect(monthlyTrendRange({ from: '2025-01-01', to: '2025-06-30' }, '2026-11-22')).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(monthlyTrendRange({}, '2026-11-22')).toEqual({});
    expect(monthlyTrendRange({ to: '2025-03-31' }, '2026-11-22')).toEqual({ to: '2025-03-31' });
  });

  it('widens a short range to the 12 months that end with it, and remembers what was selected', () => {
    expect(monthlyTrendRange({ from: '2025-05-01', to: '2025-07-31' }, '2026-11-22')).toEqual({
      from: '2024-08-01',
      to: '2025-07-31',
      widenedFrom: { from: '2025-05-01', to: '2025-07-31' },
    });
    // Open-ended: "from 30 days ago" ends today.
    expect(monthlyTrendRange({ from: '2026-10-23' }, '2026-11-22')).toEqual({
      from: '2025-12-01',
      to: '2026-11-22',
      widenedFrom: { from: '2026-10-23', to: '2026-11-22' },
    });
  });
});

describe('periodLabel', () => {
  it('names years, months, month ranges and days as people say them, in English and Spanish', () => {
    expect(periodLabel('2024-01-01', '2024-12-31', 'en-US')).toBe('2024');
    expect(periodLabel('2025-03-01', '2025-03-31', 'en-US')).toBe('Mar 2025');
    expect(periodLabel('2024-10-01', '2025-01-31', 'en-US')).toBe('Oct 2024 – Jan 2025');
    expect(periodLabel('2025-02-27', '2025-02-27', 'en-US')).toBe('Feb 27, 2025');
    expect(periodLabel('2023-01-01', '2023-12-25', 'en-US')).toBe('Jan 1, 2023 – Dec 25, 2023');
    expect(periodLabel('2024-10-01', '2025-01-31', 'es-MX')).toMatch(/^oct.* 2024 – ene.* 2025$/);
    expect(periodLabel('2024-01-01', '2024-12-31', 'es-MX')).toBe('2024');
  });
});

describe('periodsOverlap', () => {
  it('tells overlapping periods from repeated or consecutive ones', () => {
    expect(periodsOverlap([{ start: '2024-01-01', end: '2024-12-31' }, { start: '2025-01-01', end: '2025-10-31' }])).toBe(false);
    expect(periodsOverlap([{ start: '2024-01-01', end: '2024-12-31' }, { start: '2024-01-01', end: '2024-12-31' }])).toBe(false);
    expect(periodsOverlap([{ start: '2025-01-01', end: '2025-02-28' }, { start: '2025-01-01', end: '2025-10-31' }])).toBe(true);
    expect(periodsOverlap([{ start: '2024-10-01', end: '2025-04-30' }, { start: '2025-01-01', end: '2025-04-30' }])).toBe(true);
  });
});
