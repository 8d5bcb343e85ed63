// Lists that a read model keeps for minutes at a time, at their exact size, and rows grouped by a key.

/** One shared empty list: readonly to the type checker and frozen at run time, so no holder of it can change it. */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * The list at its exact size: push(), flatMap() and filter() leave room for 16 or more items, which across a cached
 * read model of thousands of people (five or six short lists each) came to a third of its memory.
 */
export const exactList = <T>(list: readonly T[]): readonly T[] => (list.length === 0 ? NONE : list.slice());

/** The rows by `key` (a column), each group in the rows' order; rows whose key is null belong to no group. */
export function groupBy<T, K extends keyof T>(rows: readonly T[], key: K): Map<NonNullable<T[K]>, T[]> {
  const groups = new Map<NonNullable<T[K]>, T[]>();
  for (const row of rows) {
    const value = row[key];
    if (value === null || value === undefined) continue;
    const group = groups.get(value);
    if (group) group.push(row);
    else groups.set(value, [row]);
  }
  return groups;
}
