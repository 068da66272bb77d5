import { describe, expect, it } from 'vitest';
import type { Progress, ProgressReason, WeekRecord } from '../schemas/progress-data';
import type { Units } from '../schemas/settings';
import { progressWords } from './progress-words';

/** A progress with only what the words read; the rest is the field's plainest value. */
const progress = (over: Partial<Progress>): Progress =>
  ({ calendarWeek: 1, step: 1, decision: 'hold', reasons: [], notImproving: false, weeklyPain: [], ended: false, maintenance: false, askDistance: false, flare: false, history: [], answers: { shoeKm: 0 }, ...over }) as unknown as Progress;

describe('progressWords', () => {
  it.each<[ProgressReason['id'], ProgressReason['values'], Units, string]>([
    ['pain-severe', { pain: 9 }, 'km', 'held: pain reached 9/10; see a GP if it comes back'],
    ['pain-high', { pain: 7 }, 'km', 'held: pain reached 7/10'],
    ['pain-moderate', { pain: 5 }, 'km', 'held: pain reached 5/10'],
    ['mornings-worse', { count: 3 }, 'km', 'held: 3 mornings worse than usual'],
    ['morning-worse', {}, 'km', 'held: one morning worse than usual'],
    ['flare', {}, 'km', 'held: you logged a flare'],
    ['sessions-missed', { done: 4, planned: 9 }, 'km', 'held: 4 of 9 sessions done'],
    ['mornings-rising', {}, 'km', 'held: mornings were sorer than the week before'],
    ['no-runs-logged', { weeks: 1 }, 'km', 'held: no run logged last week'],
    ['no-runs-logged', { weeks: 2 }, 'km', 'held: no run logged for 2 weeks'],
    ['short-week', { km: 4.2 }, 'km', 'held: a short week (4.2 km), so the cap stays'],
    ['short-week', { km: 4.2 }, 'mi', 'held: a short week (2.6 mi), so the cap stays'],
    ['not-improving', {}, 'km', 'held: not improving as expected'],
    ['all-well', {}, 'km', 'held: sessions done, pain low, mornings steady'],
    ['ask-distance', {}, 'km', 'held: tell us how far you ran last week'],
    ['distance-answered', { km: 12 }, 'km', 'held: you ran 12 km last week, so runs restart from there with no growth yet'],
    ['distance-answered', { km: 12 }, 'mi', 'held: you ran 7.5 mi last week, so runs restart from there with no growth yet'],
  ])('%s %j (%s)', (id, values, units, text) => expect(progressWords(progress({ reasons: [{ id, values }] }), units).reasons).toEqual([text]));


  it.each<[Progress['decision'], string]>([
    ['start', 'started: you logged a flare'],
    ['advance', 'moved up a step: you logged a flare'],
    ['hold', 'held: you logged a flare'],
    ['drop', 'stepped back: you logged a flare'],
  ])('names the decision "%s" before the first reason only', (decision, first) => {
    const reasons: ProgressReason[] = [{ id: 'flare', values: {} }, { id: 'morning-worse', values: {} }];
    expect(progressWords(progress({ decision, reasons })).reasons).toEqual([first, 'one morning worse than usual']);
  });

  it('says distances in km unless told otherwise', () => {
    expect(progressWords(progress({ reasons: [{ id: 'short-week', values: { km: 4.2 } }] })).reasons).toEqual(['held: a short week (4.2 km), so the cap stays']);
  });

  it('keeps the facts and says each finished week in one line', () => {
    const week: WeekRecord = { calendarWeek: 2, step: 2, planned: 9, done: 4, worstPain: 5, morningMedian: 3, loggedKm: 12, decision: 'drop', reasons: [{ id: 'pain-moderate', values: { pain: 5 } }, { id: 'sessions-missed', values: { done: 4, planned: 9 } }] };
    const p = progress({ calendarWeek: 3, step: 1, decision: 'drop', notImproving: true, weeklyPain: [4, null], ended: true, maintenance: true, askDistance: true, flare: true, answers: { shoeKm: 420 } as Progress['answers'], history: [week] });
    const { reasons, ...rest } = week;
    expect(reasons).toHaveLength(2);
    expect(progressWords(p, 'mi')).toEqual({
      calendarWeek: 3,
      step: 1,
      decision: 'drop',
      reasons: [],
      notImproving: true,
      weeklyPain: [4, null],
      maintenance: true,
      ended: true,
      flare: true,
      shoeKm: 420,
      askDistance: true,
      weeks: [{ ...rest, said: 'stepped back: pain reached 5/10; 4 of 9 sessions done' }],
    });
  });
});
