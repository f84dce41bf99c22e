import { EMPTY_FILTER } from '@atalaya/domain';
import { describe, expect, it } from 'vitest';
import { buildSlides, clampSlide, nextSlide, parseAuto, slideKey, TOP_ITEMS, walkthroughStates } from './slides.ts';
import { dashboardData } from './test-data.ts';

describe('buildSlides', () => {
  it('orders the deck: title, map, key figures, the four charts, the latest items, the risk levels, then the busiest states', () => {
    const slides = buildSlides(dashboardData(7), EMPTY_FILTER);
    expect(slides.map(slideKey)).toEqual([
      'title',
      'map',
      'kpis',
      'trend-case-files',
      'trend-transfers',
      'trend-seizures',
      'trend-topic-volume',
      'item-1',
      'item-2',
      'item-3',
      'item-4',
      'item-5',
      'levels',
      'state-MX-SIN',
      'state-MX-CHH',
      'state-MX-SON',
    ]);
    expect(slides[0]).toEqual({ kind: 'title', itemCount: 68 });
    expect(slides.filter((s) => s.kind === 'item').map((s) => s.kind === 'item' && [s.rank, s.of])).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(slides.at(-1)).toEqual({ kind: 'state', code: 'MX-SON', count: 7, stop: 3, of: 3 });
  });

  it('gives fewer item slides when the filter has fewer items', () => {
    const slides = buildSlides(dashboardData(2), EMPTY_FILTER);
    expect(slides.filter((s) => s.kind === 'item')).toHaveLength(2);
    expect(TOP_ITEMS).toBe(5);
  });

  it('walks through the selected states, in the filter’s order, even one without items', () => {
    const slides = buildSlides(dashboardData(7), { states: ['MX-SON', 'MX-YUC'] });
    expect(slides.filter((s) => s.kind === 'state')).toEqual([
      { kind: 'state', code: 'MX-SON', count: 7, stop: 1, of: 2 },
      { kind: 'state', code: 'MX-YUC', count: 0, stop: 2, of: 2 },
    ]);
  });

  it('is a title slide alone when no item matches', () => {
    expect(buildSlides(dashboardData(0), { states: ['MX-SIN'] })).toEqual([{ kind: 'title', itemCount: 0 }]);
  });
});

describe('walkthroughStates', () => {
  it('takes the top states by item count, skipping national scope and states without items', () => {
    const counts = [
      { key: 'MX', count: 50 },
      { key: 'MX-TAM', count: 9 },
      { key: 'MX-NLE', count: 4 },
      { key: 'MX-SIN', count: 0 },
    ];
    expect(walkthroughStates({ states: [] }, counts)).toEqual([
      { code: 'MX-TAM', count: 9 },
      { code: 'MX-NLE', count: 4 },
    ]);
    expect(walkthroughStates({ states: [] }, counts, 1)).toEqual([{ code: 'MX-TAM', count: 9 }]);
    expect(walkthroughStates({ states: ['MX'] }, counts)).toEqual([
      { code: 'MX-TAM', count: 9 },
      { code: 'MX-NLE', count: 4 },
    ]);
  });
});

describe('clampSlide', () => {
  it('reads a 1-based slide number and clamps it to the deck', () => {
    expect(clampSlide('3', 14)).toBe(3);
    expect(clampSlide('14', 14)).toBe(14);
    expect(clampSlide('99', 14)).toBe(14);
    expect(clampSlide('0', 14)).toBe(1);
    expect(clampSlide('-4', 14)).toBe(1);
    expect(clampSlide(null, 14)).toBe(1);
    expect(clampSlide('abc', 14)).toBe(1);
    expect(clampSlide('', 14)).toBe(1);
    expect(clampSlide('5', 1)).toBe(1);
    expect(clampSlide('5', 0)).toBe(1);
  });
});

describe('nextSlide', () => {
  it('stops at the end, or starts over when looping', () => {
    expect(nextSlide(3, 14)).toBe(4);
    expect(nextSlide(14, 14)).toBe(14);
    expect(nextSlide(14, 14, true)).toBe(1);
  });
});

describe('parseAuto', () => {
  it('reads seconds, clamped to a sensible range; anything else means no auto-advance', () => {
    expect(parseAuto('30')).toBe(30);
    expect(parseAuto('1')).toBe(5);
    expect(parseAuto('99999')).toBe(3600);
    expect(parseAuto('0')).toBeNull();
    expect(parseAuto('-3')).toBeNull();
    expect(parseAuto('1.5')).toBeNull();
    expect(parseAuto('soon')).toBeNull();
    expect(parseAuto(null)).toBeNull();
  });
});
