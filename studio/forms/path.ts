/** A place inside a JSON value: object keys and array indexes, as in Diagnostic.path. */
export type Path = readonly (string | number)[];

type Json = unknown;

export function getAt(value: Json, path: Path): Json {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    const container = current as Record<string | number, unknown>;
    current = Object.hasOwn(container, key) ? container[key] : undefined;
  }
  return current;
}

/**
 * A copy of `value` with `replacement` at `path`; everything off the path is shared, so the
 * store sees one immutable change. `undefined` removes an object key (an optional field cleared)
 * and missing containers on the way are created (an array for a numeric key, else an object).
 */
export function setAt(value: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value) && typeof key === 'number') {
    const copy = [...value];
    copy[key] = setAt(value[key], rest, replacement);
    return copy;
  }
  if (value === undefined && typeof key === 'number') return setAt([], path, replacement);
  const object = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const child = setAt(Object.hasOwn(object, key) ? object[key] : undefined, rest, replacement);
  if (child === undefined) {
    const { [key]: _removed, ...others } = object;
    return others;
  }
  return { ...object, [key]: child };
}

/** The array at `path` with one item removed. */
export function removeItem(value: Json, path: Path, index: number): Json {
  const list = getAt(value, path);
  if (!Array.isArray(list)) return value;
  return setAt(value, path, list.filter((_, i) => i !== index));
}

/** The array at `path` with an item appended. */
export function appendItem(value: Json, path: Path, item: Json): Json {
  const list = getAt(value, path);
  return setAt(value, path, [...(Array.isArray(list) ? list : []), item]);
}

/** The array at `path` with the item at `from` moved to `to` (out-of-range moves change nothing). */
export function moveItem(value: Json, path: Path, from: number, to: number): Json {
  const list = getAt(value, path);
  if (!Array.isArray(list) || to < 0 || to >= list.length || from < 0 || from >= list.length) return value;
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return setAt(value, path, copy);
}

/** An object with one key renamed, keeping the key order (rows must not jump while typing). */
export function renameKey(object: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  if (from === to || Object.hasOwn(object, to)) return object;
  return Object.fromEntries(Object.entries(object).map(([key, v]) => [key === from ? to : key, v]));
}

export function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => key === path[i]);
}

export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && startsWith(a, b);
}
