type Fields = Record<string, unknown>;

/** What zod says about one place in a value; `keys` with unrecognized_keys. */
export interface Issue {
  code: string;
  path: PropertyKey[];
  keys?: string[];
}

const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A copy of `value` with each place zod complains about put right: a field the fallback has takes the
 * fallback's (field by field, nested objects too), anything else (an unknown field, a bad day in a
 * record by day) is dropped. Returns null when the complaint is about the value as a whole.
 */
export function mendValue(value: unknown, fallback: unknown, issues: readonly Issue[]): Fields | null {
  if (!isFields(value) || !isFields(fallback)) return null;
  const mended = JSON.parse(JSON.stringify(value)) as Fields;
  for (const issue of issues) {
    const paths = issue.code === 'unrecognized_keys' ? (issue.keys ?? []).map((k) => [...issue.path, k]) : [issue.path];
    for (const path of paths) if (!mendAt(mended, fallback, path.map(String))) return null;
  }
  return mended;
}

/** Puts one place right, descending while both sides are objects; false for the value as a whole. */
function mendAt(value: Fields, fallback: Fields, path: readonly string[]): boolean {
  const [key, ...rest] = path;
  if (key === undefined) return false;
  const has = Object.hasOwn(fallback, key);
  const inner = value[key];
  const innerFallback = fallback[key];
  if (rest.length > 0 && has && isFields(inner) && isFields(innerFallback)) return mendAt(inner, innerFallback, rest);
  if (has) value[key] = innerFallback;
  else delete value[key];
  return true;
}
