import { describe, expect, it } from 'vitest';
import { parseLog } from './parse-log';

const GOOD = {
  version: 1,
  start: '2026-11-02',
  sessions: [{ date: '2026-11-03', kind: 'run', done: true, km: 5, pain: 2 }],
  mornings: [{ date: '2026-11-04', pain: 1, compared: 'same' }],
  flares: ['2026-11-05'],
  shoes: [{ name: 'Blue', startKm: 10, from: '2026-11-01' }],
};
const session = (over: object) => ({ ...GOOD, sessions: [{ ...GOOD.sessions[0], ...over }] });

describe('parseLog', () => {
  it('takes a valid log as it is', () => {
    expect(parseLog(GOOD)).toEqual({ ok: true, value: GOOD });
  });

  // Every message names the place ("sessions[0].kind"), what the field allows, and what was given.
  it.each<[string, unknown, string[]]>([
    ['no object', null, ['(root): expected a JSON object: a Backstride log']],
    ['a list', [], ['(root): expected a JSON object: a Backstride log']],
    ['unknown fields', { ...GOOD, extra: 1, more: 2 }, ['extra: unknown field; known fields are version, start, sessions, mornings, flares, shoes', 'more: unknown field; known fields are version, start, sessions, mornings, flares, shoes']],
    ['an unknown session field', session({ feel: 'ok' }), ['sessions[0].feel: unknown field; known fields are date, kind, done, km, pain']],
    ['an unknown morning field', { ...GOOD, mornings: [{ ...GOOD.mornings[0], note: 'x' }] }, ['mornings[0].note: unknown field; known fields are date, pain, compared']],
    ['an unknown shoe field', { ...GOOD, shoes: [{ ...GOOD.shoes[0], size: 42 }] }, ['shoes[0].size: unknown field; known fields are name, startKm, from, retired']],
    ['another version', { ...GOOD, version: 2 }, ['version: expected the number 1, got 2']],
    ['a start that is not a Monday', { ...GOOD, start: '2026-11-03' }, ['start: expected the programme\'s first Monday, as YYYY-MM-DD, got "2026-11-03"']],
    ['no sessions', { version: 1, start: '2026-11-02', mornings: [], flares: [], shoes: [] }, ['sessions: expected a list of sessions: { date, kind, done, km, pain }']],
    ['no mornings', { ...GOOD, mornings: 3 }, ['mornings: expected a list of mornings: { date, pain, compared }, got 3']],
    ['no flares', { ...GOOD, flares: 'none' }, ['flares: expected a list of dates as YYYY-MM-DD, got "none"']],
    ['no shoes', { ...GOOD, shoes: {} }, ['shoes: expected a list of pairs: { name, startKm, from, retired }, got {}']],
    ['an unknown kind', session({ kind: 'swim' }), ['sessions[0].kind: expected one of: run, strength, cross-training, got "swim"']],
    ['a date that does not exist', session({ date: '2026-02-30' }), ['sessions[0].date: expected a real date as YYYY-MM-DD, got "2026-02-30"']],
    ['too far', session({ km: 301 }), ['sessions[0].km: expected a number of kilometres from 0 to 300, got 301']],
    ['a number too large', session({ km: Infinity }), ['sessions[0].km: expected a number of kilometres from 0 to 300, got Infinity (a number too large)']],
    ['a done session without its pain', { ...GOOD, sessions: [{ date: '2026-11-03', kind: 'run', done: true, km: 5 }] }, ['sessions[0].pain: expected a whole number from 0 to 10 (required when done is true)']],
    ['done as a word', session({ done: 'yes' }), ['sessions[0].done: expected true or false, got "yes"']],
    ['two bad fields', session({ km: 'y', pain: 'x' }), ['sessions[0].km: expected a number of kilometres from 0 to 300, got "y"', 'sessions[0].pain: expected a whole number from 0 to 10 (required when done is true), got "x"']],
    ['a long value, shortened', session({ kind: 'x'.repeat(60) }), [`sessions[0].kind: expected one of: run, strength, cross-training, got "${'x'.repeat(36)}...`]],
    ['a bad morning', { ...GOOD, mornings: [{ date: '2026-11-04', pain: 11, compared: 'worst' }] }, ['mornings[0].pain: expected a whole number from 0 to 10, got 11', 'mornings[0].compared: expected one of: better, same, worse, got "worst"']],
    ['a bad flare', { ...GOOD, flares: ['soon'] }, ['flares[0]: expected a real date as YYYY-MM-DD, got "soon"']],
    [
      'a bad pair of shoes',
      { ...GOOD, shoes: [{ name: '', startKm: 6000, from: 'x', retired: 'y' }] },
      ['shoes[0].name: expected a name of 1 to 40 characters, got ""', 'shoes[0].startKm: expected a number of kilometres from 0 to 5000, got 6000', 'shoes[0].from: expected a real date as YYYY-MM-DD, got "x"', 'shoes[0].retired: expected a real date as YYYY-MM-DD, got "y"'],
    ],
    ['an entry that is not an object', { ...GOOD, sessions: [5] }, ['sessions[0]: expected an entry of a list of sessions: { date, kind, done, km, pain }, got 5']],
  ])('names %s', (_, input, errors) => expect(parseLog(input)).toEqual({ ok: false, errors }));
});
