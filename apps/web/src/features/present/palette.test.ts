import { describe, expect, it } from 'vitest';
import { classify, legendEntries } from '../map/classes.ts';

describe('the map on a slide', () => {
  it('draws its classes in viridis, light to dark, keeping the dashboard’s breaks', () => {
    const values = [0, 0, 1, 2, 3, 5, 8, 13, 21, 40];
    const slide = classify(values, { integer: true, palette: 'projector' })!;
    const dashboard = classify(values, { integer: true })!;
    expect(slide.breaks).toEqual(dashboard.breaks);
    expect(slide.colors).toEqual(['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154']);
    expect(legendEntries(slide, values).map((e) => e.color)).toEqual(slide.colors);
  });

  it('has a viridis colour for every number of classes', () => {
    for (const values of [[4, 4], [0, 9], [0, 5, 9], [0, 1, 5, 9, 12, 30]]) {
      const c = classify(values, { palette: 'projector' })!;
      expect(c.colors).toHaveLength(c.breaks.length + 1);
      expect(c.colors.every((color) => /^#[0-9a-f]{6}$/.test(color))).toBe(true);
    }
  });
});
