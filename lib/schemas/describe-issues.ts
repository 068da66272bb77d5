import type * as z from 'zod/mini';

/** A value as it was given, short: numbers too large for JSON (1e400) say so, deep nesting never overflows. */
function show(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return `${value} (a number too large)`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return 'a value nested too deeply to show';
  }
}

/**
 * Turns zod issues into one plain line per bad field: the field's name and what it allows.
 * `help` maps top-level field names to a description of the allowed values.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], help: Record<string, string>, input?: unknown): string[] {
  const given = (field: string) => {
    if (typeof input !== 'object' || input === null || !Object.hasOwn(input, field)) return '';
    const text = show((input as Record<string, unknown>)[field]);
    return `, got ${text.length > 40 ? `${text.slice(0, 37)}...` : text}`;
  };
  const lines = new Map<string, string>();
  const fields = Object.keys(help);
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const near = fields.find((f) => f.toLowerCase() === key.toLowerCase());
        const hint = near ? `did you mean ${near}?` : `known fields are ${fields.join(', ')}`;
        lines.set(key, `${key}: unknown field; ${hint}`);
      }
      continue;
    }
    const field = String(issue.path[0] ?? '');
    if (!field) {
      lines.set('(root)', '(root): expected a JSON object of answers');
      continue;
    }
    // A check that says its own words (params.plain) is quoted as it is: "age: Backstride is for adults...".
    const plain = issue.code === 'custom' && (issue.params as { plain?: boolean } | undefined)?.plain === true;
    if (plain) lines.set(field, `${field}: ${issue.message}${given(field)}`);
    else if (!lines.has(field)) lines.set(field, `${field}: expected ${help[field] ?? 'a valid value'}${given(field)}`);
  }
  return [...lines.values()];
}
