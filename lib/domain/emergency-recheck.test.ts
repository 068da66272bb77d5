import { describe, expect, it } from 'vitest';
import { EMPTY_LOG, type Log, type Morning } from '../schemas/log';
import { emergencyRecheckDue, RECHECK_FLAGS } from './emergency-recheck';

const log = (mornings: Morning[] = []): Log => ({ version: 1, start: '2026-11-02', ...EMPTY_LOG, mornings });
const worse = (date: string): Morning => ({ date, pain: 3, compared: 'worse' });

describe('asking the emergency questions again', () => {
  it.each([
    ['6 days after the start', null, '2026-11-08', false],
    ['7 days after the start', null, '2026-11-09', true],
    ['6 days after the last answer', '2026-11-20', '2026-11-26', false],
    ['7 days after the last answer', '2026-11-20', '2026-11-27', true],
    ['before the programme starts', null, '2026-10-30', false],
  ] as const)('%s: %s', (_, checkedOn, today, due) => {
    expect(emergencyRecheckDue(log(), checkedOn, today)).toBe(due);
  });

  it('as soon as two mornings since the last answer (its day included) were worse, not one, and not older ones', () => {
    expect(emergencyRecheckDue(log([worse('2026-11-22')]), '2026-11-21', '2026-11-23')).toBe(false);
    expect(emergencyRecheckDue(log([worse('2026-11-22'), worse('2026-11-23')]), '2026-11-21', '2026-11-23')).toBe(true);
    expect(emergencyRecheckDue(log([worse('2026-11-19'), worse('2026-11-20'), worse('2026-11-23')]), '2026-11-21', '2026-11-23')).toBe(false);
    // A worse morning on the day of the last answer counts (it may have come after it).
    expect(emergencyRecheckDue(log([worse('2026-11-21'), worse('2026-11-23')]), '2026-11-21', '2026-11-23')).toBe(true);
    expect(emergencyRecheckDue(log([worse('2026-11-22'), { date: '2026-11-23', pain: 3, compared: 'same' }]), '2026-11-21', '2026-11-23')).toBe(false);
  });

  it('does not count worse mornings after today', () => {
    expect(emergencyRecheckDue(log([worse('2026-11-22'), worse('2026-11-24')]), '2026-11-21', '2026-11-23')).toBe(false);
    expect(emergencyRecheckDue(log([worse('2026-11-22'), worse('2026-11-24')]), '2026-11-21', '2026-11-24')).toBe(true);
  });

  it('asks the emergency questions: saddle numbness, bladder or bowel, both legs', () => {
    expect(RECHECK_FLAGS).toEqual(['saddle-numbness', 'bladder-bowel', 'both-legs']);
  });
});
