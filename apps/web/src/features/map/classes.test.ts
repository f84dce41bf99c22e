import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, classIndex, colorFor, hatchPixels, hexToRgb, legendEntries, nice, NO_DATA_FILL, NO_DATA_HATCH, quantile } from './classes.ts';

describe('quantile and nice', () => {
  it('interpolates between ranks', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([5], 0.3)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
  });
  it('rounds to two significant digits', () => {
    expect(nice(23.7)).toBe(24);
    expect(nice(123.8)).toBe(120);
    expect(nice(0.437)).toBe(0.44);
    expect(nice(0)).toBe(0);
  });
});

describe('classify', () => {
  it('has nothing to classify without values', () => {
    expect(classify([])).toBeNull();
  });

  it('puts identical values in one class', () => {
    const c = classify([7, 7, 7]);
    expect(c).toMatchObject({ breaks: [], min: 7, max: 7 });
    expect(c?.colors).toHaveLength(1);
  });

  it('gives zero items a class of its own and prints whole-number ranges', () => {
    const values = [...new Array<number>(25).fill(0), 1, 1, 2, 3, 5, 8, 40];
    const c = classify(values, { integer: true });
    expect(c?.zeroClass).toBe(true);
    expect(c?.breaks).toEqual([1, 2, 3, 7]);
    const legend = legendEntries(c, values);
    expect(legend.map((e) => (e.kind === 'class' ? [e.from, e.to, e.count] : e.kind))).toEqual([
      [0, 0, 25],
      [1, 1, 2],
      [2, 2, 1],
      [3, 6, 2],
      [7, 40, 2],
    ]);
    expect(classIndex(0, c!)).toBe(0);
    expect(colorFor(0, c)).not.toBe(colorFor(1, c));
  });

  it('splits continuous rates into five classes of similar size', () => {
    const rates = [65, 11.4, 60, 10, 4, 123.8, 6, 47.7, 63, 21.4, 18.6, 77, 9, 33.1, 33, 33, 10, 3];
    const c = classify(rates);
    expect(c?.integer).toBe(false);
    expect(c?.breaks).toHaveLength(4);
    const legend = legendEntries(c, rates);
    for (const e of legend) expect(e.count).toBeGreaterThanOrEqual(2);
    expect(legend.reduce((n, e) => n + e.count, 0)).toBe(rates.length);
    expect(legend[0]).toMatchObject({ kind: 'class', from: 3 });
    expect(legend[4]).toMatchObject({ kind: 'class', to: 123.8 });
  });

  it('keeps every class non-empty, ordered and within the data, whatever the data', () => {
    const data = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 500 }), fc.double({ min: 0, max: 1000, noNaN: true })), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(data, (values) => {
        const c = classify(values);
        if (!c) return false;
        const n = c.breaks.length + 1;
        expect(n).toBeLessThanOrEqual(5);
        expect(c.colors).toHaveLength(n);
        for (let i = 1; i < c.breaks.length; i++) expect(c.breaks[i]).toBeGreaterThan(c.breaks[i - 1]!);
        const counts = legendEntries(c, values).map((e) => e.count);
        expect(counts.every((k) => k > 0)).toBe(true);
        for (const v of values) expect(classIndex(v, c)).toBeLessThan(n);
        return true;
      }),
    );
  });
});

describe('no data', () => {
  it('is grey, never a palette colour, and has its own legend entry', () => {
    const c = classify([1, 2, 3, 4, 5, 6]);
    expect(colorFor(null, c)).toBe(NO_DATA_FILL);
    expect(c?.colors).not.toContain(NO_DATA_FILL);
    const legend = legendEntries(c, [1, 2, null, 3, 4, null, 5, 6]);
    expect(legend.at(-1)).toEqual({ kind: 'noData', color: NO_DATA_FILL, count: 2 });
  });

  it('leaves the no-data entry out when every state has a figure', () => {
    expect(legendEntries(classify([0, 1]), [0, 1]).some((e) => e.kind === 'noData')).toBe(false);
  });

  it('draws a tileable hatch in the two no-data colours', () => {
    const size = 8;
    const px = hatchPixels(size);
    expect(px).toHaveLength(size * size * 4);
    const at = (x: number, y: number) => Array.from(px.slice((y * size + x) * 4, (y * size + x) * 4 + 3));
    expect(at(0, 0)).toEqual(hexToRgb(NO_DATA_HATCH));
    expect(at(4, 0)).toEqual(hexToRgb(NO_DATA_FILL));
    // The stripe leaving the right edge re-enters on the left of the next tile.
    expect(at(7, 1)).toEqual(hexToRgb(NO_DATA_HATCH));
    expect(px.every((v, i) => i % 4 !== 3 || v === 255)).toBe(true);
  });
});
