import { describe, expect, it } from 'vitest';
import { caseFileSignal, itemVolumeSignal, riseStatus, CASE_FILE_THRESHOLDS } from '../src/index.ts';

const months = (start: string, values: number[]) =>
  values.map((value, i) => {
    const d = new Date(`${start}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + i);
    return { month: d.toISOString().slice(0, 10), value };
  });

describe('case-file signal', () => {
  // Jun 2024 … Jun 2025: 13 months; June 2025 is the last full month before 15 July 2025.
  const series = months('2024-06-01', [100, 90, 92, 95, 98, 100, 102, 98, 100, 105, 100, 110, 130]);

  it('compares the last full month with the trailing 12-month mean and the same month a year earlier', () => {
    const s = caseFileSignal(series, '2025-07-15');
    expect(s.month).toBe('2025-06-01');
    expect(s.value).toBe(130);
    // Mean of Jun 2024 … May 2025: (100+90+92+95+98+100+102+98+100+105+100+110) / 12 = 1190 / 12.
    expect(s.trailingMean).toBeCloseTo(1190 / 12, 10);
    expect(s.trailingMonths).toBe(12);
    expect(s.yearAgo).toBe(100);
    // 130 / 99.17 = 1.31 ≥ 1.25 and +30.8 ≥ 5: red; 130 / 100 = 1.30: red.
    expect(s).toMatchObject({ vsMean: 'red', vsYearAgo: 'red', status: 'red' });
  });

  it('is amber for a 10–25% rise, green below, and the worse of its two comparisons', () => {
    const amber = caseFileSignal([...series.slice(0, 12), { month: '2025-06-01', value: 112 }], '2025-07-01');
    // 112 / 99.17 = 1.129: amber; 112 / 100 = 1.12: amber.
    expect(amber).toMatchObject({ vsMean: 'amber', vsYearAgo: 'amber', status: 'amber' });
    const green = caseFileSignal([...series.slice(0, 12), { month: '2025-06-01', value: 101 }], '2025-07-01');
    expect(green.status).toBe('green');
    const mixed = caseFileSignal([{ month: '2024-06-01', value: 60 }, ...series.slice(1, 12), { month: '2025-06-01', value: 104 }], '2025-07-01');
    // vs mean (1150/12 = 95.8): 1.085 green; vs a year earlier (60): red.
    expect(mixed).toMatchObject({ vsMean: 'green', vsYearAgo: 'red', status: 'red' });
  });

  it('says no data when the last three months have no figure, and gives no mean from fewer than six months', () => {
    expect(caseFileSignal(series, '2025-11-01')).toMatchObject({ status: 'no-data', month: null });
    const short = caseFileSignal(months('2025-02-01', [10, 10, 10, 30]), '2025-06-10');
    expect(short).toMatchObject({ month: '2025-05-01', trailingMean: null, vsMean: 'no-data', yearAgo: null, status: 'no-data' });
  });

  it('ignores large ratios on tiny counts', () => {
    expect(riseStatus(3, 1, CASE_FILE_THRESHOLDS)).toBe('amber'); // +2, ×3: amber, not red (needs +5)
    expect(riseStatus(2, 1, CASE_FILE_THRESHOLDS)).toBe('green'); // ×2 but only +1
    expect(riseStatus(1, 0.5, CASE_FILE_THRESHOLDS)).toBe('green');
  });
});

describe('item-volume signal', () => {
  it('compares the last four weeks with the previous twelve weeks, per week', () => {
    // 8 items in 4 weeks = 2/week against 6 in 12 weeks = 0.5/week: ×4, red.
    expect(itemVolumeSignal(8, 6)).toMatchObject({ status: 'red', recentWeeklyMean: 2, previousWeeklyMean: 0.5 });
    // 3 items = 0.75/week against 6 = 0.5/week: ×1.5 but +0.25 < 0.5: green.
    expect(itemVolumeSignal(3, 6).status).toBe('green');
    // 6 items = 1.5/week against 9 = 0.75/week: ×2 but +0.75 < 1 a week: amber.
    expect(itemVolumeSignal(6, 9).status).toBe('amber');
    // 4 = 1/week against 7 = 0.583/week: ×1.71 but +0.42 < 0.5 a week: green.
    expect(itemVolumeSignal(4, 7).status).toBe('green');
    // 5 = 1.25/week against 8 = 0.667/week: ×1.875, +0.58: amber.
    expect(itemVolumeSignal(5, 8).status).toBe('amber');
  });

  it('needs a few recent items before turning red or amber, even from nothing', () => {
    expect(itemVolumeSignal(3, 0).status).toBe('amber');
    expect(itemVolumeSignal(1, 0).status).toBe('green');
    expect(itemVolumeSignal(4, 0).status).toBe('red');
    expect(itemVolumeSignal(0, 0).status).toBe('green');
  });
});
