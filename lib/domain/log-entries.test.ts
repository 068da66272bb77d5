import { describe, expect, it } from 'vitest';
import { EMPTY_LOG } from '../schemas/log';
import { LogSchema } from '../schemas/log-file';
import { usualPain } from './log-readings';
import { entriesOf, logFor, withFlare, withMorning, withoutFlare, withoutSession, withSession, withShoes } from './log-entries';

describe('log entries', () => {
  it('keeps one session per day and kind, the latest answer, in date order', () => {
    let log = withSession(EMPTY_LOG, { date: '2026-03-04', kind: 'run', done: true, km: 5, pain: 2 });
    log = withSession(log, { date: '2026-03-02', kind: 'strength', done: false });
    log = withSession(log, { date: '2026-03-04', kind: 'run', done: true, km: 4.2, pain: 3 });
    log = withSession(log, { date: '2026-03-04', kind: 'strength', done: true, pain: 1 });
    expect(log.sessions).toEqual([
      { date: '2026-03-02', kind: 'strength', done: false },
      { date: '2026-03-04', kind: 'run', done: true, km: 4.2, pain: 3 },
      { date: '2026-03-04', kind: 'strength', done: true, pain: 1 },
    ]);
    expect(withoutSession(log, '2026-03-04', 'run').sessions.map((s) => s.kind)).toEqual(['strength', 'strength']);
  });

  it('keeps one morning a day and flares once a day, and takes a flare back', () => {
    let log = withMorning(EMPTY_LOG, { date: '2026-03-05', pain: 4, compared: 'worse' });
    log = withMorning(log, { date: '2026-03-03', pain: 2, compared: 'same' });
    log = withMorning(log, { date: '2026-03-05', pain: 3, compared: 'same' });
    expect(log.mornings).toEqual([
      { date: '2026-03-03', pain: 2, compared: 'same' },
      { date: '2026-03-05', pain: 3, compared: 'same' },
    ]);
    log = withFlare(withFlare(withFlare(log, '2026-03-06'), '2026-03-01'), '2026-03-06');
    expect(log.flares).toEqual(['2026-03-01', '2026-03-06']);
    expect(withoutFlare(log, '2026-03-06').flares).toEqual(['2026-03-01']);
  });

  it('retires the pair in use when a new one starts, and replaces a pair started the same day', () => {
    let log = withShoes(EMPTY_LOG, { name: 'Blue', startKm: 300, from: '2026-01-10' });
    log = withShoes(log, { name: 'Red', startKm: 0, from: '2026-03-01' });
    expect(log.shoes).toEqual([
      { name: 'Blue', startKm: 300, from: '2026-01-10', retired: '2026-03-01' },
      { name: 'Red', startKm: 0, from: '2026-03-01' },
    ]);
    log = withShoes(log, { name: 'Green', startKm: 20, from: '2026-03-01' });
    expect(log.shoes).toEqual([
      { name: 'Blue', startKm: 300, from: '2026-01-10', retired: '2026-03-01' },
      { name: 'Green', startKm: 20, from: '2026-03-01' },
    ]);
  });

  it('puts an entry logged for an earlier day before the later ones at once', () => {
    let log = withSession(EMPTY_LOG, { date: '2026-03-05', kind: 'run', done: true, km: 5, pain: 2 });
    log = withSession(log, { date: '2026-03-04', kind: 'run', done: true, km: 4, pain: 2 });
    log = withSession(log, { date: '2026-03-03', kind: 'run', done: true, km: 3, pain: 2 });
    expect(log.sessions.map((s) => s.date)).toEqual(['2026-03-03', '2026-03-04', '2026-03-05']);
    let mornings = withMorning(EMPTY_LOG, { date: '2026-03-05', pain: 4, compared: 'worse' });
    mornings = withMorning(mornings, { date: '2026-03-03', pain: 2, compared: 'same' });
    expect(mornings.mornings.map((m) => m.date)).toEqual(['2026-03-03', '2026-03-05']);
  });

  it('takes back only the session of that day and kind', () => {
    let log = withSession(EMPTY_LOG, { date: '2026-03-03', kind: 'run', done: true, km: 3, pain: 2 });
    log = withSession(log, { date: '2026-03-05', kind: 'run', done: true, km: 5, pain: 2 });
    log = withSession(log, { date: '2026-03-05', kind: 'strength', done: true, pain: 2 });
    expect(withoutSession(log, '2026-03-05', 'run').sessions).toEqual([
      { date: '2026-03-03', kind: 'run', done: true, km: 3, pain: 2 },
      { date: '2026-03-05', kind: 'strength', done: true, pain: 2 },
    ]);
  });

  it('leaves a retired pair retired on its own day when another pair starts later', () => {
    let log = withShoes(EMPTY_LOG, { name: 'Blue', startKm: 300, from: '2026-01-10' });
    log = withShoes(log, { name: 'Red', startKm: 0, from: '2026-03-01' });
    log = withShoes(log, { name: 'Green', startKm: 0, from: '2026-05-01' });
    expect(log.shoes).toEqual([
      { name: 'Blue', startKm: 300, from: '2026-01-10', retired: '2026-03-01' },
      { name: 'Red', startKm: 0, from: '2026-03-01', retired: '2026-05-01' },
      { name: 'Green', startKm: 0, from: '2026-05-01' },
    ]);
  });

  it('makes a valid log contract whose start is the Monday of the start date, and back', () => {
    const entries = withFlare(EMPTY_LOG, '2026-03-06');
    const log = logFor(entries, '2026-03-05');
    expect(log.start).toBe('2026-03-02');
    expect(LogSchema.safeParse(log).success).toBe(true);
    expect(logFor(entries, '2026-03-02').start).toBe('2026-03-02');
    expect(entriesOf(log)).toEqual(entries);
  });
});

describe('pain as usual', () => {
  const session = (date: string, pain?: number) => (pain === undefined ? { date, kind: 'run' as const, done: false } : { date, kind: 'run' as const, done: true, km: 5, pain });
  it('is the answers\' pain before anything is logged, then the median of the last five sessions, rounded', () => {
    expect(usualPain(EMPTY_LOG, 3)).toBe(3);
    expect(usualPain({ sessions: [session('2026-03-01', 6)] }, 3)).toBe(6);
    expect(usualPain({ sessions: [session('2026-03-01', 1), session('2026-03-02', 2)] }, 9)).toBe(2);
    const six = [9, 1, 2, 2, 3, 4].map((p, i) => session(`2026-03-0${i + 1}`, p));
    expect(usualPain({ sessions: six }, 0)).toBe(2);
    expect(usualPain({ sessions: [...six, session('2026-03-09')] }, 0)).toBe(2);
    expect(usualPain({ sessions: [session('2026-03-01', 1), session('2026-03-02', 2), session('2026-03-03', 2), session('2026-03-04', 3)] }, 0)).toBe(2);
  });
});
