import { describe, expect, it } from 'vitest';
import { addDays, axisTicks, brushCount, brushRange, fillWeeks, fitTicks, indexAt, rangeToBrush, weekStart } from './weeks.ts';

describe('weekStart', () => {
  it('gives the Monday of the week, Sundays included in the week before', () => {
    expect(weekStart('2025-03-03')).toBe('2025-03-03'); // Monday
    expect(weekStart('2025-03-05')).toBe('2025-03-03');
    expect(weekStart('2025-03-09')).toBe('2025-03-03'); // Sunday
    expect(weekStart('2025-03-10')).toBe('2025-03-10');
    expect(weekStart('2025-01-01')).toBe('2024-12-30'); // across a year
    expect(weekStart('2024-03-01')).toBe('2024-02-26'); // across a leap day
  });

  it('adds days across months and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-30', 6)).toBe('2025-01-05');
    expect(addDays('2025-03-03', -7)).toBe('2025-02-24');
  });
});

describe('fillWeeks', () => {
  it('puts a zero in every empty week between the first and the last', () => {
    expect(
      fillWeeks([
        { key: '2025-03-03', count: 2 },
        { key: '2025-03-24', count: 5 },
      ]),
    ).toEqual([
      { key: '2025-03-03', count: 2 },
      { key: '2025-03-10', count: 0 },
      { key: '2025-03-17', count: 0 },
      { key: '2025-03-24', count: 5 },
    ]);
  });

  it('sorts, merges keys of the same week and spans a year end', () => {
    const weeks = fillWeeks([
      { key: '2025-01-06', count: 1 },
      { key: '2024-12-23', count: 3 },
      { key: '2024-12-25', count: 1 },
    ]);
    expect(weeks).toEqual([
      { key: '2024-12-23', count: 4 },
      { key: '2024-12-30', count: 0 },
      { key: '2025-01-06', count: 1 },
    ]);
  });

  it('handles no weeks and one week', () => {
    expect(fillWeeks([])).toEqual([]);
    expect(fillWeeks([{ key: '2025-03-03', count: 7 }])).toEqual([{ key: '2025-03-03', count: 7 }]);
  });

  it('keeps ten years of weeks in order without gaps', () => {
    const weeks = fillWeeks([
      { key: '2015-01-05', count: 1 },
      { key: '2024-12-30', count: 1 },
    ]);
    expect(weeks.length).toBe(522);
    for (let i = 1; i < weeks.length; i++) expect(weeks[i]?.key).toBe(addDays(weeks[i - 1]?.key as string, 7));
  });
});

const WEEKS = fillWeeks([
  { key: '2025-03-03', count: 2 },
  { key: '2025-03-10', count: 1 },
  { key: '2025-03-24', count: 5 },
]);

describe('brushRange', () => {
  it('runs from the Monday of the first brushed week to the Sunday of the last, in either direction', () => {
    expect(brushRange(WEEKS, { anchor: 1, cursor: 3 })).toEqual({ from: '2025-03-10', to: '2025-03-30' });
    expect(brushRange(WEEKS, { anchor: 3, cursor: 1 })).toEqual({ from: '2025-03-10', to: '2025-03-30' });
    expect(brushRange(WEEKS, { anchor: 0, cursor: 0 })).toEqual({ from: '2025-03-03', to: '2025-03-09' });
  });

  it('clamps to the strip and gives nothing for an empty strip', () => {
    expect(brushRange(WEEKS, { anchor: -4, cursor: 99 })).toEqual({ from: '2025-03-03', to: '2025-03-30' });
    expect(brushRange([], { anchor: 0, cursor: 0 })).toBeNull();
  });

  it('counts the items brushed', () => {
    expect(brushCount(WEEKS, { anchor: 3, cursor: 1 })).toBe(6);
  });
});

describe('rangeToBrush', () => {
  it('finds the weeks a date range touches, partial weeks included', () => {
    expect(rangeToBrush(WEEKS, '2025-03-10', '2025-03-30')).toEqual({ anchor: 1, cursor: 3 });
    expect(rangeToBrush(WEEKS, '2025-03-08', '2025-03-11')).toEqual({ anchor: 0, cursor: 1 });
  });

  it('runs an open end to the edge of the strip', () => {
    expect(rangeToBrush(WEEKS, '2025-03-17', undefined)).toEqual({ anchor: 2, cursor: 3 });
    expect(rangeToBrush(WEEKS, undefined, '2025-03-12')).toEqual({ anchor: 0, cursor: 1 });
  });

  it('gives nothing without dates or outside the strip', () => {
    expect(rangeToBrush(WEEKS, undefined, undefined)).toBeNull();
    expect(rangeToBrush(WEEKS, '2026-01-01', '2026-02-01')).toBeNull();
    expect(rangeToBrush([], '2025-03-01', undefined)).toBeNull();
  });

  it('round-trips with brushRange', () => {
    const range = brushRange(WEEKS, { anchor: 2, cursor: 1 });
    expect(rangeToBrush(WEEKS, range?.from, range?.to)).toEqual({ anchor: 1, cursor: 2 });
  });
});

describe('indexAt', () => {
  it('maps a pointer position to a bar, clamped to the strip', () => {
    expect(indexAt(0, 400, 4)).toBe(0);
    expect(indexAt(99, 400, 4)).toBe(0);
    expect(indexAt(100, 400, 4)).toBe(1);
    expect(indexAt(399, 400, 4)).toBe(3);
    expect(indexAt(-20, 400, 4)).toBe(0);
    expect(indexAt(999, 400, 4)).toBe(3);
    expect(indexAt(10, 0, 4)).toBe(0);
  });
});

describe('axisTicks', () => {
  it('labels quarters on a short strip and years on a long one', () => {
    const short = fillWeeks([
      { key: '2024-12-02', count: 1 },
      { key: '2025-08-11', count: 1 },
    ]);
    expect(axisTicks(short).map((t) => t.key.slice(0, 7))).toEqual(['2025-01', '2025-04', '2025-07']);
    const long = fillWeeks([
      { key: '2020-06-01', count: 1 },
      { key: '2023-03-06', count: 1 },
    ]);
    expect(axisTicks(long).map((t) => [t.key.slice(0, 4), t.unit])).toEqual([
      ['2021', 'year'],
      ['2022', 'year'],
      ['2023', 'year'],
    ]);
  });
});

describe('fitTicks', () => {
  const ticks = [{ index: 5 }, { index: 18 }, { index: 31 }, { index: 44 }, { index: 57 }];
  it('keeps the labels that fit between each other and the right edge', () => {
    expect(fitTicks(ticks, 60, 1000).map((t) => t.index)).toEqual([5, 18, 31, 44]);
    // On a phone, the last label would run off the strip.
    expect(fitTicks(ticks, 60, 320).map((t) => t.index)).toEqual([5, 18, 31, 44]);
    expect(fitTicks(ticks, 60, 200, 64).map((t) => t.index)).toEqual([5, 31]);
  });

  it('keeps all of them until the strip is measured', () => {
    expect(fitTicks(ticks, 60, null)).toEqual(ticks);
  });
});
