import { describe, expect, it } from 'vitest';
import { itemsHref, levelMove, orgFileHref, statesHref } from './model.ts';

describe('exposure model', () => {
  it('says how a level moved, and never treats "not rated" as a level', () => {
    expect(levelMove(5, 4)).toEqual({ kind: 'up', from: 4 });
    expect(levelMove(2, 3)).toEqual({ kind: 'down', from: 3 });
    expect(levelMove(4, 4)).toEqual({ kind: 'same' });
    expect(levelMove(3, null)).toEqual({ kind: 'new' });
    expect(levelMove(null, 3)).toEqual({ kind: 'unrated' });
  });

  it('links a count to the dashboard filter that finds the same items', () => {
    const week = { from: '2025-06-14', to: '2025-06-20' };
    expect(itemsHref({ state: 'MX-SON', locality: null }, week)).toBe('/?from=2025-06-14&to=2025-06-20&states=MX-SON');
    expect(itemsHref({ state: 'MX-SIN', locality: 'MX-SIN/culiacan' }, week)).toBe(`/?from=2025-06-14&to=2025-06-20&states=MX-SIN&q=${encodeURIComponent('"Culiacán" or "Culiacán Rosales"')}`);
    expect(statesHref(['MX-SON', 'MX-SIN'], week)).toBe('/?from=2025-06-14&to=2025-06-20&states=MX-SIN,MX-SON');
    expect(orgFileHref('sites.csv', 7, 'es')).toBe('/api/export/sites.csv?org=7&lang=es');
  });
});
