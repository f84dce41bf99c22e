import fc from 'fast-check';
import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { isPlainJson, transformer } from '../src/transformer.ts';

const { serialize, deserialize } = transformer.output;

/** What a client receives when the server sends a value one way or the other: the value it reads back, or the refusal. */
function received(send: (value: unknown) => unknown, read: (wire: never) => unknown, value: unknown): { value: unknown } | { refused: string } {
  let wire: string;
  try {
    wire = JSON.stringify(send(value));
  } catch (error) {
    return { refused: (error as Error).message };
  }
  return { value: read(JSON.parse(wire) as never) };
}

const viaFastPath = (value: unknown) => received(serialize, deserialize, value);
const viaSuperjson = (value: unknown) => received(superjson.serialize, superjson.deserialize, value);

// The keys superjson refuses to send (its guard against prototype pollution), as JSON.parse makes them: own keys.
const guardedKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
const withGuardedKey = fc
  .tuple(fc.jsonValue(), guardedKey, fc.jsonValue(), fc.array(fc.constantFrom('object', 'array'), { maxLength: 3 }))
  .map(([sibling, key, inner, wrappers]) => {
    let value: unknown = JSON.parse(`{"x":${JSON.stringify(sibling) ?? 'null'},${JSON.stringify(key)}:${JSON.stringify(inner) ?? 'null'}}`);
    for (const wrapper of wrappers) value = wrapper === 'array' ? [sibling, value] : { [String(wrappers.length)]: value };
    return value;
  });

describe('the API transformer', () => {
  it('sends any JSON value as superjson would: the client reads back the same value, or both refuse it alike', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(viaFastPath(value)).toEqual(viaSuperjson(value));
      }),
    );
  });

  it('refuses, as superjson does, an object with a __proto__, constructor or prototype key at any depth', () => {
    expect(viaSuperjson(JSON.parse('{"":{"__proto__":false}}'))).toMatchObject({ refused: expect.stringContaining('__proto__') });
    fc.assert(
      fc.property(withGuardedKey, (value) => {
        expect(isPlainJson(value)).toBe(false);
        const sent = viaFastPath(value);
        expect(sent).toMatchObject({ refused: expect.stringMatching(/prototype pollution/) });
        expect(sent).toEqual(viaSuperjson(value));
      }),
    );
  });

  it('sends keys that only look like the guarded ones, and text with NUL or unpaired surrogates, as plain JSON', () => {
    const value = JSON.parse('{"__proto__x":1,"Constructor":"\\u0000","proto":["\\ud800","a\\udc00b"]}') as unknown;
    expect(isPlainJson(value)).toBe(true);
    expect(viaFastPath(value)).toEqual({ value });
    expect(viaFastPath(value)).toEqual(viaSuperjson(value));
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
