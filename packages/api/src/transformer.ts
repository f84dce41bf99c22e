import superjson from 'superjson';

type Serialized = ReturnType<typeof superjson.serialize>;

const serialized = new WeakMap<object, Serialized>();

/**
 * Serializes a result now and remembers the outcome, so that a result served many times from a cache
 * (the dashboard) is walked by superjson once rather than on every response. The value must not change
 * afterwards.
 */
export function serializeOnce<T extends object>(value: T): T {
  serialized.set(value, superjson.serialize(value));
  return value;
}

/** superjson both ways (as the web client expects), reusing what `serializeOnce` prepared for outputs. */
export const transformer = {
  input: superjson,
  output: {
    serialize: (value: unknown): Serialized => (value !== null && typeof value === 'object' ? serialized.get(value) : undefined) ?? superjson.serialize(value),
    deserialize: <T>(value: Serialized): T => superjson.deserialize<T>(value),
  },
};
