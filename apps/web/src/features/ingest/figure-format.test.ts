import { describe, expect, it } from 'vitest';
import { countUnreviewed, formatPeriod, seriesLabel } from './figure-format.ts';

describe('figure formatting', () => {
  it('labels a series from the catalog and adds the drug', () => {
    expect(seriesLabel({ series: 'prisoner_transfers', dimension: null })).toBe('Prisoners sent to the US');
    expect(seriesLabel({ series: 'drug_seizure_kg', dimension: 'fentanyl_pills' })).toMatch(/\(fentanyl pills\)$/);
    expect(seriesLabel({ series: 'unknown_series', dimension: null })).toBe('unknown_series');
  });

  it('shows one day or a range', () => {
    expect(formatPeriod('2025-03-09', '2025-03-09')).toBe('Mar 9, 2025');
    expect(formatPeriod('2025-01-01', '2025-12-31')).toBe('Jan 1, 2025 – Dec 31, 2025');
  });

  it('counts figures still awaiting review', () => {
    const items = [{ observations: [{ status: 'proposed' as const }, { status: 'confirmed' as const }] }, { observations: [{ status: 'proposed' as const }] }];
    expect(countUnreviewed(items)).toEqual({ unreviewed: 2, total: 3 });
  });
});
