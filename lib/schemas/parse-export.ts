import type * as z from 'zod/mini';
import { ANSWER_FIELD_HELP } from './answer-help';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportSchema, type BackstrideExport } from './export';
import { LOG_FIELD_HELP } from './parse-log';
import type { ParseResult } from './parse-answers';

const DATE = 'a real date as YYYY-MM-DD';
const BOOL = 'true or false';

/** What each field outside the answers and the log allows, by its place with list indexes left out. */
const HELP: Record<string, string> = {
  format: `"${EXPORT_FORMAT}"`,
  version: `the number ${EXPORT_VERSION}`,
  exportedAt: 'a time such as 2026-11-26T22:40:00.000Z',
  profile: 'an object: { answers, safetyAnswered, step, done, ... }',
  'profile.answers': 'an object of answers',
  'profile.keptAnswers': 'an object of answers',
  'profile.safetyAnswered': BOOL,
  'profile.step': 'a whole number from 0 to 50',
  'profile.done': BOOL,
  'profile.rescreen': BOOL,
  'profile.recheckDistance': BOOL,
  'profile.clearedOn': `flags, each with ${DATE}`,
  settings: 'an object: { units, paper, startDate, sound, restSeconds }',
  'settings.units': 'km or mi',
  'settings.paper': 'a4 or letter',
  'settings.startDate': `${DATE}, or null`,
  'settings.sound': BOOL,
  'settings.restSeconds': 'one of 10, 20, 30, 45 or 60',
  log: 'a Backstride log, or null',
  ticks: `days as ${DATE}, each with a list of item ids`,
  breakSettings: 'an object: { enabled, everyMinutes, start, end, days }',
  'breakSettings.enabled': BOOL,
  'breakSettings.everyMinutes': 'a whole number of minutes from 15 to 180',
  'breakSettings.start': 'a time as HH:MM',
  'breakSettings.end': 'a time as HH:MM',
  'breakSettings.days': 'a list of mon ... sun',
  breakLog: `days as ${DATE}, each with { taken, skipped } counts`,
};
const TOP = ['format', 'version', 'exportedAt', 'profile', 'settings', 'log', 'ticks', 'breakSettings', 'breakLog'];

/** A place as a runner can find it in the file: `log.sessions[2].pain`, `ticks["2026-13-45"]`. */
export function placeOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((at, key) => {
    if (typeof key === 'number') return `${at}[${key}]`;
    const name = String(key);
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `${at}[${JSON.stringify(name)}]`;
    return at ? `${at}.${name}` : name;
  }, '');
}

/** What a place allows, in words. */
function helpFor(path: readonly PropertyKey[]): string {
  const keys = path.filter((k) => typeof k === 'string') as string[];
  const [top, a, b] = keys;
  if (top === 'profile' && (a === 'answers' || a === 'keptAnswers') && b) return ANSWER_FIELD_HELP[b as keyof typeof ANSWER_FIELD_HELP] ?? 'a valid answer';
  if (top === 'log' && a) return LOG_FIELD_HELP[b !== undefined || typeof path[2] === 'number' ? `${a}.${b ?? ''}` : a] ?? LOG_FIELD_HELP[a] ?? 'a valid value';
  if ((top === 'ticks' || top === 'breakLog') && keys.length > 1) return HELP[top]!;
  return HELP[keys.join('.')] ?? HELP[keys.slice(0, 2).join('.')] ?? 'a valid value';
}

/** The value given at a place, short, never failing on odd input. */
function given(input: unknown, path: readonly PropertyKey[]): string {
  let at: unknown = input;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return '';
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  if (typeof at === 'object' && at !== null) return '';
  const text = typeof at === 'number' && !Number.isFinite(at) ? String(at) : (JSON.stringify(at) ?? String(at));
  return `, got ${text.length > 40 ? `${text.slice(0, 37)}...` : text}`;
}

/** The place's object exists but has no such field. */
function missing(input: unknown, path: readonly PropertyKey[]): boolean {
  let at: unknown = input;
  for (const key of path.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return false;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return path.length > 0 && typeof at === 'object' && at !== null && !Object.hasOwn(at, path.at(-1)!);
}

/** One plain line per bad field, named by its place in the file. */
function describe(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  const lines = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const place = placeOf([...issue.path, key]);
        lines.set(place, `${place}: unknown field${issue.path.length === 0 ? `; known fields are ${TOP.join(', ')}` : ''}`);
      }
      continue;
    }
    const place = placeOf(issue.path) || '(root)';
    const plain = issue.code === 'custom' && (issue.params as { plain?: boolean } | undefined)?.plain === true;
    if (plain) lines.set(place, `${place}: ${issue.message}`);
    else if (!lines.has(place)) lines.set(place, `${place}: ${missing(input, issue.path) ? 'missing; ' : ''}expected ${helpFor(issue.path)}${given(input, issue.path)}`);
  }
  return [...lines.values()];
}

/**
 * Reads an export file's text: JSON, a Backstride export, a format version this Backstride reads,
 * every field valid (strict: an unknown field is named). Never throws on what a file holds.
 */
export function parseExport(text: string): ParseResult<BackstrideExport> {
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: ['This file is not JSON, so it is not a Backstride export.'] };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input) || (input as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, errors: [`This is not a Backstride export: it has no "format": "${EXPORT_FORMAT}".`] };
  }
  const { version } = input as { version?: unknown };
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return { ok: false, errors: [`version: this file comes from a newer Backstride (format ${version}); this one reads format ${EXPORT_VERSION}. Update Backstride, then import it.`] };
  }
  try {
    const result = ExportSchema.safeParse(input);
    return result.success ? { ok: true, value: result.data } : { ok: false, errors: describe(result.error.issues, input) };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, errors: ['(root): the JSON is nested too deeply to read as an export'] };
    throw error;
  }
}
