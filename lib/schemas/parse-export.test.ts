import { describe, expect, it } from 'vitest';
import { DEFAULT_BREAK_SETTINGS } from './checklist';
import type { BackstrideExport } from './export';
import { parseExport } from './parse-export';
import { DEFAULT_PROFILE } from './profile-values';
import { DEFAULT_SETTINGS } from './settings-values';

const GOOD: BackstrideExport = {
  format: 'backstride-export',
  version: 1,
  exportedAt: '2026-11-26T08:00:00.000Z',
  profile: { ...DEFAULT_PROFILE, done: true, safetyAnswered: true },
  settings: { ...DEFAULT_SETTINGS, startDate: '2026-11-04' },
  log: {
    version: 1,
    start: '2026-11-02',
    sessions: [{ date: '2026-11-03', kind: 'run', done: true, km: 5, pain: 2 }],
    mornings: [{ date: '2026-11-04', pain: 2, compared: 'same' }],
    flares: [],
    shoes: [{ name: 'Daily pair', startKm: 100, from: '2026-11-02' }],
  },
  ticks: { '2026-11-25': ['water'] },
  breakSettings: DEFAULT_BREAK_SETTINGS,
  breakLog: {},
};

/** GOOD with changes made to a copy. */
const bad = (change: (e: Record<string, any>) => void) => {
  const copy = structuredClone(GOOD) as Record<string, any>;
  change(copy);
  return JSON.stringify(copy);
};
const errorsOf = (text: string) => {
  const result = parseExport(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
};

describe('reading an export file', () => {
  it('reads a good file, with a byte-order mark too', () => {
    expect(parseExport(JSON.stringify(GOOD))).toEqual({ ok: true, value: GOOD });
    expect(parseExport(`\uFEFF${JSON.stringify(GOOD)}`).ok).toBe(true);
  });

  it.each([
    ['not JSON', 'hello, world', /^This file is not JSON/],
    ['an empty file', '', /^This file is not JSON/],
    ['other JSON: a log, say', JSON.stringify(GOOD.log), /^This is not a Backstride export: it has no "format": "backstride-export"\.$/],
    ['a list', '[1, 2]', /^This is not a Backstride export/],
    ['a newer format', bad((e) => (e.version = 2)), /^version: this file comes from a newer Backstride \(format 2\); this one reads format 1\. Update Backstride, then import it\.$/],
  ])('refuses %s in one plain line', (_, text, message) => {
    expect(errorsOf(text)).toEqual([expect.stringMatching(message)]);
  });

  it('names every bad field by its place in the file, with what it allows', () => {
    const errors = errorsOf(
      bad((e) => {
        e.profile.answers.painLevel = 11;
        e.log.sessions[0].pain = 'bad';
        e.log.flares = ['2026-02-30'];
        e.settings.units = 'furlongs';
        e.ticks['2026-13-45'] = ['water'];
        e.breakSettings.everyMinutes = 5;
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^profile\.answers\.painLevel: expected .*0 to 10.*, got 11$/),
        'log.sessions[0].pain: expected a whole number from 0 to 10 (required when done is true), got "bad"',
        'log.flares[0]: expected a real date as YYYY-MM-DD, got "2026-02-30"',
        'settings.units: expected km or mi, got "furlongs"',
        expect.stringMatching(/^ticks\["2026-13-45"\]: expected days as a real date as YYYY-MM-DD/),
        'breakSettings.everyMinutes: expected a whole number of minutes from 15 to 180, got 5',
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it('is strict: names unknown fields, at the top and deep inside', () => {
    expect(
      errorsOf(
        bad((e) => {
          e.theme = 'dark';
          e.settings.colour = 'blue';
          e.log.sessions[0].pace = '5:00';
        }),
      ),
    ).toEqual(
      expect.arrayContaining([
        'theme: unknown field; known fields are format, version, exportedAt, profile, settings, log, ticks, breakSettings, breakLog',
        'settings.colour: unknown field',
        'log.sessions[0].pace: unknown field',
      ]),
    );
  });

  it("checks the log's start against the programme's start date", () => {
    expect(errorsOf(bad((e) => (e.log.start = '2026-11-09')))).toEqual(["log.start: the log's start must be the Monday of settings.startDate"]);
    expect(errorsOf(bad((e) => (e.log = null)))).toEqual(["log.start: the log's start must be the Monday of settings.startDate"]);
    expect(parseExport(bad((e) => ((e.log = null), (e.settings.startDate = null)))).ok).toBe(true);
  });

  it('names a missing part, and survives JSON nested absurdly deep', () => {
    expect(errorsOf(bad((e) => delete e.settings))).toEqual([expect.stringMatching(/^settings: missing; expected an object: \{ units, paper, startDate, sound, restSeconds \}$/)]);
    const deep = `{"format":"backstride-export","version":1,"profile":${'['.repeat(20000)}${']'.repeat(20000)}}`;
    expect(errorsOf(deep).length).toBeGreaterThan(0);
  });
});
