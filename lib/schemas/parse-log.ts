import type { Log } from './log';
import { LogSchema } from './log-file';
import type { ParseResult } from './parse-answers';

/** What each log field allows, in words, for error messages: top-level fields, and fields inside a list's entries. */
export const LOG_FIELD_HELP: Record<string, string> = {
  version: 'the number 1',
  start: "the programme's first Monday, as YYYY-MM-DD",
  sessions: 'a list of sessions: { date, kind, done, km, pain }',
  mornings: 'a list of mornings: { date, pain, compared }',
  flares: 'a list of dates as YYYY-MM-DD',
  shoes: 'a list of pairs: { name, startKm, from, retired }',
  'sessions.date': 'a real date as YYYY-MM-DD',
  'sessions.kind': 'one of: run, strength, cross-training',
  'sessions.done': 'true or false',
  'sessions.km': 'a number of kilometres from 0 to 300',
  'sessions.pain': 'a whole number from 0 to 10 (required when done is true)',
  'mornings.date': 'a real date as YYYY-MM-DD',
  'mornings.pain': 'a whole number from 0 to 10',
  'mornings.compared': 'one of: better, same, worse',
  'flares.': 'a real date as YYYY-MM-DD',
  'shoes.name': 'a name of 1 to 40 characters',
  'shoes.startKm': 'a number of kilometres from 0 to 5000',
  'shoes.from': 'a real date as YYYY-MM-DD',
  'shoes.retired': 'a real date as YYYY-MM-DD',
};

const TOP = ['version', 'start', 'sessions', 'mornings', 'flares', 'shoes'];
const ENTRY_FIELDS: Record<string, string[]> = {
  sessions: ['date', 'kind', 'done', 'km', 'pain'],
  mornings: ['date', 'pain', 'compared'],
  shoes: ['name', 'startKm', 'from', 'retired'],
};

/** A value as given, short, never failing on odd input. */
function shown(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return `${value} (a number too large)`;
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? `${text.slice(0, 37)}...` : text;
  } catch {
    return 'a value nested too deeply to show';
  }
}

/** Validates an untrusted log (a file, an import, storage); every bad field named with its place in a list ("sessions[1].kind"). */
export function parseLog(input: unknown): ParseResult<Log> {
  try {
    const result = LogSchema.safeParse(input);
    if (result.success) return { ok: true, value: result.data };
    const given = flatten(input);
    const lines = new Map<string, string>();
    for (const issue of result.error.issues) {
      const [list, index, field] = issue.path.map(String);
      const place = list === undefined ? '(root)' : index === undefined ? list : `${list}[${index}]${field ? `.${field}` : ''}`;
      if (issue.code === 'unrecognized_keys') {
        const known = list === undefined ? TOP : (ENTRY_FIELDS[list] ?? []);
        for (const key of issue.keys) {
          const where = list === undefined ? key : `${place}.${key}`;
          lines.set(where, `${where}: unknown field; known fields are ${known.join(', ')}`);
        }
        continue;
      }
      if (lines.has(place)) continue;
      if (place === '(root)') {
        lines.set(place, '(root): expected a JSON object: a Backstride log');
        continue;
      }
      const help = index === undefined ? LOG_FIELD_HELP[list!] : (LOG_FIELD_HELP[`${list}.${field ?? ''}`] ?? `an entry of ${LOG_FIELD_HELP[list!]}`);
      const got = Object.hasOwn(given, place) ? `, got ${shown(given[place])}` : '';
      lines.set(place, `${place}: expected ${help ?? 'a valid value'}${got}`);
    }
    return { ok: false, errors: [...lines.values()] };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, errors: ['(root): the JSON is nested too deeply to read as a log'] };
    throw error;
  }
}

/** The given values by place ("sessions[1].kind"), so messages can say what was given. */
function flatten(input: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof input !== 'object' || input === null) return out;
  for (const [key, value] of Object.entries(input)) {
    out[key] = value;
    if (!Array.isArray(value)) continue;
    value.forEach((entry, i) => {
      out[`${key}[${i}]`] = entry;
      if (typeof entry === 'object' && entry !== null) for (const [k, v] of Object.entries(entry)) out[`${key}[${i}].${k}`] = v;
    });
  }
  return out;
}
