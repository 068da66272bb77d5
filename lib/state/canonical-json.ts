/**
 * JSON with every object's keys sorted. Chrome's storage hands values back with their keys sorted,
 * so a value compared with its own echo must be written out the same way.
 */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
