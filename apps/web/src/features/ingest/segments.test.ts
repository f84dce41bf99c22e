import { describe, expect, it } from 'vitest';
import { cleanSpans, markSegments } from './segments.ts';

const marked = (text: string, spans: Parameters<typeof markSegments>[1]) =>
  markSegments(text, spans).map((s) => [s.text, s.itemIds]);

describe('markSegments', () => {
  it('wraps each span and keeps the text between them unmarked', () => {
    expect(marked('intro AAA mid BBB end', [
      { itemId: 1, start: 6, end: 9 },
      { itemId: 2, start: 14, end: 17 },
    ])).toEqual([
      ['intro ', []],
      ['AAA', [1]],
      [' mid ', []],
      ['BBB', [2]],
      [' end', []],
    ]);
  });

  it('joins the segments back into the original text', () => {
    const text = 'Título — “quoted” text\nsecond line';
    const segments = markSegments(text, [{ itemId: 3, start: 2, end: 20 }, { itemId: 4, start: 10, end: 30 }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.every((s, i) => i === 0 || s.start === segments[i - 1]?.end)).toBe(true);
  });

  it('splits overlapping spans and puts the innermost item first', () => {
    expect(marked('0123456789', [
      { itemId: 1, start: 0, end: 8 },
      { itemId: 2, start: 2, end: 5 },
    ])).toEqual([
      ['01', [1]],
      ['234', [2, 1]],
      ['567', [1]],
      ['89', []],
    ]);
  });

  it('handles spans that touch without overlapping', () => {
    expect(marked('aabb', [
      { itemId: 1, start: 0, end: 2 },
      { itemId: 2, start: 2, end: 4 },
    ])).toEqual([
      ['aa', [1]],
      ['bb', [2]],
    ]);
  });

  it('clamps spans that run past either end and drops empty, inverted or broken ones', () => {
    expect(marked('hello', [
      { itemId: 1, start: -4, end: 2 },
      { itemId: 2, start: 3, end: 99 },
      { itemId: 3, start: 4, end: 4 },
      { itemId: 4, start: 5, end: 1 },
      { itemId: 5, start: Number.NaN, end: 3 },
      { itemId: 6, start: 40, end: 50 },
    ])).toEqual([
      ['he', [1]],
      ['l', []],
      ['lo', [2]],
    ]);
  });

  it('returns the whole text unmarked when there are no spans, and nothing for empty text', () => {
    expect(marked('plain', [])).toEqual([['plain', []]]);
    expect(markSegments('', [{ itemId: 1, start: 0, end: 3 }])).toEqual([]);
  });

  it('lists an item once even when it has duplicate spans', () => {
    expect(marked('abc', [{ itemId: 1, start: 0, end: 3 }, { itemId: 1, start: 0, end: 3 }])).toEqual([['abc', [1]]]);
  });
});

describe('cleanSpans', () => {
  it('rounds fractional offsets down', () => {
    expect(cleanSpans([{ itemId: 1, start: 1.7, end: 3.2 }], 10)).toEqual([{ itemId: 1, start: 1, end: 3 }]);
  });
});
