import fc from 'fast-check';
import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { isPlainJson, transformer } from '../src/transformer.ts';

const { serialize, deserialize } = transformer.output;

describe('the API transformer', () => {
  it('sends plain JSON as superjson would, and the client reads back the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const sent = serialize(value);
        expect(deserialize(JSON.parse(JSON.stringify(sent)))).toEqual(superjson.deserialize(JSON.parse(JSON.stringify(superjson.serialize(value)))));
      }),
    );
  });

  it('leaves what JSON cannot carry to superjson, so dates, undefined members and odd numbers survive', () => {
    const values: unknown[] = [
      { at: new Date('2026-12-06T10:00:00Z') },
      { name: 'x', note: undefined },
      [1, Number.NaN, 3],
      { big: 10n },
      { seen: new Set(['MX-SIN']) },
      -0,
      Number.POSITIVE_INFINITY,
    ];
    for (const value of values) {
      expect(isPlainJson(value)).toBe(false);
      const back = deserialize(JSON.parse(JSON.stringify(serialize(value))));
      expect(back).toEqual(value);
    }
  });

  it('takes the dashboard’s kind of answer as plain JSON', () => {
    const answer = { items: { items: [{ id: 1, date: '2026-11-30', places: ['MX-SIN'], url: null, topics: [{ slug: 'x', label: { en: 'X', es: 'X' } }] }], nextCursor: null }, counts: { byState: [{ key: 'MX-SIN', count: 3 }] } };
    expect(isPlainJson(answer)).toBe(true);
    expect(serialize(answer)).toEqual({ json: answer });
  });
});
