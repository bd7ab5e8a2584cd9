/**
 * Attack documents for the query-limits tests and benchmark: each one is small, anonymous,
 * and (before the single-pass limits) blocked the event loop for seconds.
 */

/** `n` fragments, each spreading the next twice: 2^n fields once expanded. */
export function exponentialFragments(n: number): string {
  const parts = ['query { viewer { user { ...F0 } } }'];
  for (let i = 0; i < n; i++) parts.push(`fragment F${i} on User { ...F${i + 1} ...F${i + 1} }`);
  parts.push(`fragment F${n} on User { id }`);
  return parts.join('\n');
}

/** `{ viewer { user { id id id … } } }` with the field `n` times. */
export function repeatedFields(n: number, field = 'id'): string {
  return `{ viewer { user { ${Array.from({ length: n }, () => field).join(' ')} } } }`;
}

/** `n` aliases of one field. */
export function manyAliases(n: number): string {
  return `{ viewer { user { ${Array.from({ length: n }, (_, i) => `a${i}: id`).join(' ')} } } }`;
}

/** A selection `n` fields deep: viewer { member { organization { owner { … { id } } } } }. */
export function deepQuery(n: number): string {
  let q = 'id';
  for (let level = n - 1; level >= 3; level--) q = `${level % 2 === 1 ? 'organization' : 'owner'} { ${q} }`;
  return `{ viewer { member { ${q} } } }`;
}

/** The GraphQL document size limit (server/src/app.ts). */
export const BODY_LIMIT = 32 * 1024;
