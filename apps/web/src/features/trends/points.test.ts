import { describe, expect, it } from 'vitest';
import { dataStatuses, preferred, sourceLinks } from './points.ts';
import { point } from './test-points.ts';

describe('points', () => {
  it('lists each source once, in order of appearance', () => {
    const links = sourceLinks([
      point({ sourceLabel: 'Sedena via a.mx', sourceUrl: 'https://a.mx' }),
      point({ sourceLabel: 'Sedena via b.mx', sourceUrl: 'https://b.mx' }),
      point({ sourceLabel: 'Sedena via a.mx', sourceUrl: 'https://a.mx' }),
      point({ sourceLabel: null, sourceUrl: null }),
    ]);
    expect(links).toEqual([
      { label: 'Sedena via a.mx', url: 'https://a.mx' },
      { label: 'Sedena via b.mx', url: 'https://b.mx' },
    ]);
  });

  it('prefers definitive over preliminary, then higher confidence, and says which statuses are shown', () => {
    const prelim = point({ dataStatus: 'preliminary', confidence: 'high' });
    const definitive = point({ dataStatus: 'definitive', confidence: 'medium' });
    expect(preferred(prelim, definitive)).toBe(definitive);
    expect(preferred(definitive, prelim)).toBe(definitive);
    expect(preferred(point({ confidence: 'low' }), point({ confidence: 'high', value: 2 })).value).toBe(2);
    expect(dataStatuses([prelim, definitive])).toEqual({ preliminary: true, definitive: true });
    expect(dataStatuses([point()])).toEqual({ preliminary: false, definitive: false });
  });
});
