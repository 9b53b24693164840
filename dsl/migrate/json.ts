/** Helpers for reading and rewriting untrusted JSON without mutating it or touching prototypes. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property only: `doc["constructor"]` must not find Object.prototype.constructor. */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/**
 * A copy of `object` with `key` replaced. Built with spread and a computed key (both define
 * properties), never with assignment, so a key such as "__proto__" stays a plain property.
 */
export function withKey(object: JsonObject, key: string, value: unknown): JsonObject {
  return { ...object, [key]: value };
}

export function withoutKey(object: JsonObject, key: string): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}

/**
 * Rewrites the value at a field path, where "*" stands for every item of an array.
 * Missing fields are left alone; untouched branches keep their identity.
 */
export function updateAt(value: unknown, path: readonly string[], update: (value: unknown) => unknown): unknown {
  if (path.length === 0) return update(value);
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '*') return Array.isArray(value) ? value.map((item) => updateAt(item, rest, update)) : value;
  if (!isObject(value) || !Object.hasOwn(value, head)) return value;
  return withKey(value, head, updateAt(value[head], rest, update));
}
