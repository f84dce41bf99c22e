import { describe, expect, it } from 'vitest';
import { currentLevels, historyRows, levelsDate, levelSteps, localityLevels, rationaleFor } from './levels.ts';
import { rating, SINALOA_HISTORY } from './test-data.ts';

describe('levelsDate', () => {
  it('reads the levels at the end of the period, or today when it is open-ended', () => {
    expect(levelsDate({ to: '2025-05-15' }, '2026-01-10')).toBe('2025-05-15');
    expect(levelsDate({}, '2026-01-10')).toBe('2026-01-10');
  });
});

describe('rationaleFor', () => {
  it('gives the reader’s language, and English with a flag when the Spanish one is missing', () => {
    const both = { rationaleEn: 'Clashes.', rationaleEs: 'Enfrentamientos.' };
    expect(rationaleFor(both, 'en')).toEqual({ text: 'Clashes.', lang: 'en', spanishMissing: false });
    expect(rationaleFor(both, 'es')).toEqual({ text: 'Enfrentamientos.', lang: 'es', spanishMissing: false });
    expect(rationaleFor({ rationaleEn: 'Clashes.', rationaleEs: null }, 'es')).toEqual({ text: 'Clashes.', lang: 'en', spanishMissing: true });
  });
});

describe('currentLevels', () => {
  it('takes each category’s rating in force on the date; a category never rated is null, not level 1', () => {
    const now = currentLevels(SINALOA_HISTORY, 'MX-SIN', '2025-07-01');
    expect(now.map((c) => [c.category, c.rating?.level ?? null])).toEqual([
      ['overall', 5],
      ['violence', 5],
      ['kidnap-extortion', null],
      ['road-cargo', null],
      ['unrest-political', null],
    ]);
    expect(currentLevels(SINALOA_HISTORY, 'MX-SIN', '2025-05-15')[0]?.rating?.level).toBe(4);
    expect(currentLevels(SINALOA_HISTORY, 'MX-SIN', '2025-04-30').every((c) => c.rating === null)).toBe(true);
  });
});

describe('localityLevels', () => {
  it('lists the localities rated on their own, in force on the date', () => {
    expect(localityLevels(SINALOA_HISTORY, 'MX-SIN', '2025-07-01')).toEqual([
      expect.objectContaining({ scope: 'MX-SIN/culiacan', name: 'Culiacán', category: 'overall', rating: expect.objectContaining({ level: 5 }) }),
    ]);
    expect(localityLevels(SINALOA_HISTORY, 'MX-SIN', '2025-06-04')).toEqual([]);
  });
});

describe('historyRows', () => {
  it('gives each rating, newest first, with the level it replaced in its own place and category', () => {
    expect(historyRows(SINALOA_HISTORY).map((r) => [r.rating.id, r.previous])).toEqual([
      [14, null],
      [13, 4],
      [12, null],
      [11, null],
    ]);
  });
});

describe('levelSteps', () => {
  it('gives a row per change and one for the last day, for the state’s own categories only', () => {
    const steps = levelSteps(SINALOA_HISTORY, 'MX-SIN', '2025-07-01');
    expect(steps.categories).toEqual(['overall', 'violence']);
    expect(steps.rows.map(({ date, overall, violence }) => [date, overall, violence])).toEqual([
      ['2025-05-01', 4, undefined],
      ['2025-05-20', 4, 5],
      ['2025-06-03', 5, 5],
      ['2025-07-01', 5, 5],
    ]);
    expect(steps.rows[0]?.time).toBe(Date.UTC(2025, 4, 1));
  });

  it('keeps the newest of two ratings on one day and adds no extra row when the last change is today', () => {
    const history = [rating({ id: 2, scope: 'MX-SON', level: 3, effectiveOn: '2025-03-01' }), rating({ id: 1, scope: 'MX-SON', level: 2, effectiveOn: '2025-03-01' })];
    expect(levelSteps(history, 'MX-SON', '2025-03-01').rows).toEqual([{ date: '2025-03-01', time: Date.UTC(2025, 2, 1), overall: 3 }]);
    expect(levelSteps([], 'MX-SON', '2025-03-01')).toEqual({ rows: [], categories: [] });
  });
});
