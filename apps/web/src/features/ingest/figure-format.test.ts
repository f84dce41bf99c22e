import { describe, expect, it } from 'vitest';
import { countUnreviewed, formatPeriod, seriesLabel } from './figure-format.ts';

const plain = (dimension: string) => dimension.replace(/_/g, ' ');
const usDate = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('figure formatting', () => {
  it('labels a series from the catalog in the reader’s language and adds the dimension', () => {
    expect(seriesLabel({ series: 'prisoner_transfers', dimension: null }, 'en', plain)).toBe('Prisoners sent to the US');
    expect(seriesLabel({ series: 'prisoner_transfers', dimension: null }, 'es', plain)).not.toBe('Prisoners sent to the US');
    expect(seriesLabel({ series: 'drug_seizure_kg', dimension: 'fentanyl_pills' }, 'en', plain)).toMatch(/\(fentanyl pills\)$/);
    expect(seriesLabel({ series: 'unknown_series', dimension: null }, 'es', plain)).toBe('unknown_series');
  });

  it('shows one day or a range', () => {
    expect(formatPeriod('2025-03-09', '2025-03-09', usDate)).toBe('Mar 9, 2025');
    expect(formatPeriod('2025-01-01', '2025-12-31', usDate)).toBe('Jan 1, 2025 – Dec 31, 2025');
  });

  it('counts figures still awaiting review', () => {
    const items = [{ observations: [{ status: 'proposed' as const }, { status: 'confirmed' as const }] }, { observations: [{ status: 'proposed' as const }] }];
    expect(countUnreviewed(items)).toEqual({ unreviewed: 2, total: 3 });
  });
});
