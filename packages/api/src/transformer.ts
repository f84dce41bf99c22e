import superjson from 'superjson';

type Serialized = ReturnType<typeof superjson.serialize>;

const serialized = new WeakMap<object, Serialized>();

// superjson refuses to serialize an object with one of these keys (its guard against prototype pollution).
const GUARDED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether a value is made of what JSON carries as it is: strings, finite numbers other than -0, booleans,
 * null, arrays and plain objects without undefined members. superjson would then add nothing but the
 * `{ json }` envelope, after a walk that costs the dashboard's 60 KB about 2 ms; this check costs a tenth.
 * An object with a key superjson refuses is not plain: it goes to superjson, which refuses it, so both paths
 * behave alike.
 */
export function isPlainJson(value: unknown, depth = 0): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || depth > 100) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!isPlainJson(value[i], depth + 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) {
    if (GUARDED_KEYS.has(key) || !isPlainJson((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/** superjson's serialization, without its walk when the value is plain JSON (the client reads both alike). */
const serialize = (value: unknown): Serialized => (isPlainJson(value) ? { json: value as Serialized['json'] } : superjson.serialize(value));

/**
 * Serializes a result now and remembers the outcome, so that a result served many times from a cache
 * (the dashboard) is serialized once rather than on every response. The value must not change afterwards.
 */
export function serializeOnce<T extends object>(value: T): T {
  serialized.set(value, serialize(value));
  return value;
}

/** superjson both ways (as the web client expects), reusing what `serializeOnce` prepared for outputs. */
export const transformer = {
  input: superjson,
  output: {
    serialize: (value: unknown): Serialized => (value !== null && typeof value === 'object' ? serialized.get(value) : undefined) ?? serialize(value),
    deserialize: <T>(value: Serialized): T => superjson.deserialize<T>(value),
  },
};
