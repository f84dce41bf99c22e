import { describe, expect, it } from 'vitest';
import { GAZETTEER, NOT_RATED, RISK_SCALE, localityByKey, localityKey, ratingAsOf, scopeState, siteRatingAsOf, zRiskLevel, zRiskScope } from '../src/index.ts';

const r = (id: number, scope: string, level: number, effectiveOn: string, status: 'draft' | 'published' = 'published', category = 'overall') => ({ id, scope, category, level, effectiveOn, status });

describe('risk scale', () => {
  it('has five ordered levels with labels in both languages, none drawn like "not rated"', () => {
    expect(RISK_SCALE.map((l) => [l.level, l.en, l.es])).toEqual([
      [1, 'Low', 'Bajo'],
      [2, 'Moderate', 'Moderado'],
      [3, 'Elevated', 'Elevado'],
      [4, 'High', 'Alto'],
      [5, 'Extreme', 'Extremo'],
    ]);
    expect(RISK_SCALE.map((l) => l.color)).not.toContain(NOT_RATED.color);
    // Sequential: each step darker than the one before (relative luminance falls), so it reads in greyscale too.
    const luminance = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const values = RISK_SCALE.map((l) => luminance(l.color));
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('accepts whole levels 1 to 5 only', () => {
    expect(zRiskLevel.safeParse(3).success).toBe(true);
    for (const bad of [0, 6, 2.5, '3']) expect(zRiskLevel.safeParse(bad).success).toBe(false);
  });
});

describe('scopes', () => {
  it('names every gazetteer locality by a unique key within its state', () => {
    const keys = GAZETTEER.map(localityKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(localityByKey('MX-SIN/culiacan')?.name).toBe('Culiacán');
    expect(scopeState('MX-SIN/culiacan')).toBe('MX-SIN');
    expect(scopeState('MX')).toBe('MX');
    expect(zRiskScope.safeParse('MX-SIN/atlantis').success).toBe(false);
    expect(zRiskScope.safeParse('Sinaloa').success).toBe(false);
  });
});

describe('the level of X on date D', () => {
  const history = [r(1, 'MX-SIN', 3, '2025-01-01'), r(2, 'MX-SIN', 4, '2025-03-01'), r(3, 'MX-SIN', 5, '2025-06-03', 'draft'), r(4, 'MX-SIN', 2, '2025-03-01')];

  it('is the newest published rating effective on or before D; the later-written wins a same-day tie; drafts never count', () => {
    expect(ratingAsOf(history, 'MX-SIN', 'overall', '2024-12-31')).toBeUndefined();
    expect(ratingAsOf(history, 'MX-SIN', 'overall', '2025-01-01')?.level).toBe(3);
    expect(ratingAsOf(history, 'MX-SIN', 'overall', '2025-03-01')?.level).toBe(2);
    expect(ratingAsOf(history, 'MX-SIN', 'overall', '2025-12-31')?.level).toBe(2);
    expect(ratingAsOf(history, 'MX-SIN', 'violence', '2025-12-31')).toBeUndefined();
  });

  it("gives a site its locality's level when the locality is rated, else its state's", () => {
    const withCity = [...history, r(5, 'MX-SIN/mazatlan', 3, '2025-04-01')];
    const mazatlan = { state: 'MX-SIN', locality: 'MX-SIN/mazatlan' };
    const culiacan = { state: 'MX-SIN', locality: 'MX-SIN/culiacan' };
    expect(siteRatingAsOf(withCity, mazatlan, 'overall', '2025-05-01')).toMatchObject({ from: 'locality', rating: { level: 3 } });
    expect(siteRatingAsOf(withCity, mazatlan, 'overall', '2025-03-15')).toMatchObject({ from: 'state', rating: { level: 2 } });
    expect(siteRatingAsOf(withCity, culiacan, 'overall', '2025-05-01')).toMatchObject({ from: 'state', rating: { level: 2 } });
    expect(siteRatingAsOf(withCity, { state: 'MX-SON', locality: null }, 'overall', '2025-05-01')).toBeUndefined();
  });
});
