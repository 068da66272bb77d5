import { describe, expect, it } from 'vitest';
import { AnswersSchema } from '../schemas/answers';
import type { Log } from '../schemas/log';
import type { Plan } from '../schemas/plan';
import type { Progress } from '../schemas/progress-data';
import { reportWords } from './report-words';

// The report reads only these parts of the plan and the progress; the rest is left out.
const plan = (safety: Partial<Plan['safety']>, causes: Pick<Plan['causes'][number], 'id' | 'score' | 'reasons'>[] = []) => ({ safety, causes }) as unknown as Plan;
const progress = (over: Partial<Progress>) =>
  ({ calendarWeek: 1, step: 1, decision: 'start', reasons: [], notImproving: false, ended: false, maintenance: false, history: [], answers: { shoeKm: 0 }, ...over }) as unknown as Progress;

const HEADINGS = ['Week', 'Step', 'Sessions', 'Worst pain', 'Morning median', 'Run', 'Decision'];

describe('reportWords', () => {
  it('says a runner three weeks in: answers, cleared flags, likely causes, the week, the shoes and the chart', () => {
    const answers = AnswersSchema.parse({
      painLevel: 6, painWeeks: 8, painWhere: ['below-knee', 'one-side'], painWhen: ['after-run', 'next-morning'],
      redFlags: ['trauma', 'night-pain'], clearedFlags: ['trauma', 'night-pain'], age: 52, riskFactors: ['steroids', 'osteoporosis'],
      morningStiffness: 'long', nightWaking: true, eases: 'bending-forward', pregnancy: 'postpartum-under-12-months',
      weeklyKm: 24, weeklyIncreasePct: 12.4, longestRunKm: 14, runDays: ['tue', 'sat'], plankSeconds: 41.6, toeTouch: 'not-tried',
      sittingHours: 7, pastInjury: true, legLength: 'unsure', spinalDiagnosis: 'herniated-disc',
    });
    const causes: Plan['causes'] = [
      { id: 'overtraining', score: 0.9, reasons: ['Fast.', 'Spiky.'] },
      { id: 'footwear', score: 0.5, reasons: ['Old shoes.'] },
      { id: 'posture', score: 0.6, reasons: ['Hunched.'] },
      { id: 'weak-core', score: 0.55, reasons: ['Weak.'] },
      { id: 'flexibility', score: 0.49, reasons: ['Tight.'] },
    ];
    const p = progress({
      calendarWeek: 3, step: 2, decision: 'hold', notImproving: true, ended: true, maintenance: true,
      reasons: [{ id: 'morning-worse', values: {} }, { id: 'sessions-missed', values: { done: 5, planned: 7 } }],
      history: [
        { calendarWeek: 1, step: 1, planned: 7, done: 7, worstPain: 3, morningMedian: 2, loggedKm: 20.04, decision: 'advance', reasons: [] },
        { calendarWeek: 2, step: 2, planned: 7, done: 5, worstPain: null, morningMedian: null, loggedKm: 0, decision: 'hold', reasons: [] },
      ],
    });
    const log: Log = {
      version: 1, start: '2026-11-02', flares: [],
      shoes: [
        { name: 'Old pair', startKm: 100, from: '2026-10-01', retired: '2026-11-10' },
        { name: 'Blue pair', startKm: 40, from: '2026-11-10' },
        { name: 'Future pair', startKm: 0, from: '2026-12-01' },
      ],
      sessions: [
        { date: '2026-11-12', kind: 'run', done: true, km: 7.5, pain: 3 },
        { date: '2026-11-03', kind: 'run', done: true, km: 6, pain: 2 },
        { date: '2026-11-03', kind: 'strength', done: true, pain: 4 },
        { date: '2026-11-03', kind: 'strength', done: true, pain: 1 },
        { date: '2026-11-13', kind: 'strength', done: false },
      ],
      mornings: [{ date: '2026-11-12', pain: 3, compared: 'worse' }, { date: '2026-11-04', pain: 2, compared: 'same' }],
    };
    const safety = { stop: false, referral: true, messages: ['See a physiotherapist.', 'Reason one.', 'Reason two.'] };
    expect(reportWords(answers, plan(safety, causes), p, log, '2026-11-18')).toEqual({
      title: 'Backstride: progress report for a physiotherapist',
      period: 'Programme from 2026-11-02 to 2026-11-18: week 3, step 2 of 8 (maintenance).',
      sections: [
        {
          heading: 'Answers in short',
          lines: [
            'Worst back pain in the 7 days before the answers: 6/10, for 8 weeks; where: below the knee, one side; when: after run, next morning.',
            'Morning stiffness: long; woken by pain in the second half of the night: yes; eased by: bending forward.',
            'Running: 24 km last week (+12 % a week lately), longest run 14 km, on Tuesday and Saturday.',
            'Age: 52; risk factors: steroids, osteoporosis; pregnancy: postpartum under 12 months; spinal diagnosis: herniated disc; leg-length difference: unsure; past lower-limb injury: yes.',
            'Self-tests: plank 42 s; toe touch not tried; sitting 7 h a day.',
          ],
        },
        {
          heading: 'Safety screen',
          lines: [
            'Warning signs a clinician has cleared: back pain that started after a fall or knock; pain at rest or at night that no position eases.',
            'Reason one.',
            'Reason two.',
          ],
        },
        // Likely (0.5 and up) only, at most three, in the order given.
        { heading: 'Likely causes (a screen, not a diagnosis)', lines: ['Too much, too soon: Fast. Spiky.', 'Worn shoes: Old shoes.', 'Posture: Hunched.'] },
        {
          heading: 'This week',
          lines: [
            'Held: one morning worse than usual.',
            '5 of 7 sessions done.',
            'Not improving as expected (morning pain has not fallen by 2 points or 30 % since week 1).',
            'The programme has ended: two hard weeks in a row.',
            // The pair in use today: 40 km when logged, plus the 7.5 km run since.
            'Shoes: Blue pair, about 47.5 km.',
          ],
        },
      ],
      weekHeadings: HEADINGS,
      weeks: [{ cells: ['1', '1', '7 of 7', '3/10', '2/10', '20 km', 'advance'] }, { cells: ['2', '2', '5 of 7', '-', '-', '0 km', 'hold'] }],
      // Days since the start; a day's sessions give their worst pain; both in day order.
      chart: { days: 16, mornings: [{ day: 2, pain: 2 }, { day: 10, pain: 3 }], sessions: [{ day: 1, pain: 4 }, { day: 10, pain: 3 }] },
    });
  });

  it('says a new runner in miles: defaults, no flags, no likely cause, no shoes, a week-long chart', () => {
    const answers = AnswersSchema.parse({ runDays: [], weeklyIncreasePct: -20, plankSeconds: 30, toeTouch: 'just', pregnancy: 'pregnant-under-16-weeks', spinalDiagnosis: 'degenerative-disc' });
    // The only pair was retired today.
    const log: Log = { version: 1, start: '2026-11-16', flares: [], shoes: [{ name: 'Retired', startKm: 0, from: '2026-01-01', retired: '2026-11-17' }], sessions: [], mornings: [] };
    const words = reportWords(answers, plan({ stop: false, referral: false, messages: [] }, [{ id: 'posture', score: 0.4, reasons: ['x'] }]), progress({}), log, '2026-11-17', 'mi');
    expect(words.period).toBe('Programme from 2026-11-16 to 2026-11-17: week 1, step 1 of 8.');
    expect(words.sections).toEqual([
      {
        heading: 'Answers in short',
        lines: [
          'Worst back pain in the 7 days before the answers: 3/10, for 2 weeks; where: centre; when: after run.',
          'Morning stiffness: none; woken by pain in the second half of the night: no; eased by: unsure.',
          'Running: 12.4 mi last week (-20 % a week lately), longest run 5 mi, on no set days.',
          'Age: not given; risk factors: none; pregnancy: pregnant under 16 weeks; spinal diagnosis: degenerative disc; leg-length difference: no; past lower-limb injury: no.',
          'Self-tests: plank 30 s; toe touch just; sitting 6 h a day.',
        ],
      },
      { heading: 'Safety screen', lines: ['All clear: no warning signs ticked.'] },
      { heading: 'Likely causes (a screen, not a diagnosis)', lines: ['No cause stood out from the answers.'] },
      { heading: 'This week', lines: ['Shoes: no pair logged.'] },
    ]);
    expect(words.weekHeadings).toEqual(HEADINGS);
    expect(words.weeks).toEqual([]);
    expect(words.chart).toEqual({ days: 7, mornings: [], sessions: [] });
  });

  it('gives a steady week no sign and an untried plank its words', () => {
    const words = reportWords(AnswersSchema.parse({}), plan({ stop: false, referral: false, messages: [] }), progress({}), { version: 1, start: '2026-11-16', flares: [], shoes: [], sessions: [], mornings: [] }, '2026-11-16');
    expect(words.sections[0]!.lines[2]).toBe('Running: 20 km last week (0 % a week lately), longest run 8 km, on Tuesday, Thursday and Saturday.');
    expect(words.sections[0]!.lines[4]).toBe('Self-tests: plank not tried; toe touch not tried; sitting 6 h a day.');
  });

  it('shows a stop\'s own messages as the safety screen', () => {
    const words = reportWords(AnswersSchema.parse({ redFlags: ['chest-pain'] }), plan({ stop: true, referral: true, messages: ['Get help now.', 'Chest pain.'] }), progress({}), { version: 1, start: '2026-11-16', flares: [], shoes: [], sessions: [], mornings: [] }, '2026-11-16');
    expect(words.sections[1]).toEqual({ heading: 'Safety screen', lines: ['Get help now.', 'Chest pain.'] });
  });

  const emptyLog: Log = { version: 1, start: '2026-11-02', flares: [], shoes: [], sessions: [], mornings: [] };
  const shoesLine = (log: Log, today: string) => reportWords(AnswersSchema.parse({}), plan({ stop: false, referral: false, messages: [] }), progress({}), log, today).sections[3]!.lines.at(-1);

  it('names the pair whose distance it gives: the newest in use, when a hand-made log has two', () => {
    const shoes: Log['shoes'] = [{ name: 'Old pair', startKm: 300, from: '2026-10-01' }, { name: 'New pair', startKm: 40, from: '2026-11-10' }];
    const sessions: Log['sessions'] = [{ date: '2026-11-12', kind: 'run', done: true, km: 7.5, pain: 2 }];
    expect(shoesLine({ ...emptyLog, shoes, sessions }, '2026-11-18')).toBe('Shoes: New pair, about 47.5 km.');
  });

  it('counts a pair from the day it came into use, and not on the day it was retired', () => {
    const shoes: Log['shoes'] = [{ name: 'Old pair', startKm: 300, from: '2026-10-01', retired: '2026-11-18' }, { name: 'New pair', startKm: 0, from: '2026-11-18' }];
    expect(shoesLine({ ...emptyLog, shoes }, '2026-11-18')).toBe('Shoes: New pair, about 0 km.');
  });

  it('gives each week\'s decision in a word', () => {
    const week = { calendarWeek: 1, step: 1, planned: 7, done: 7, worstPain: 2, morningMedian: 2, loggedKm: 10, reasons: [] };
    const history = (['start', 'advance', 'hold', 'drop'] as const).map((decision) => ({ ...week, decision }));
    const words = reportWords(AnswersSchema.parse({}), plan({ stop: false, referral: false, messages: [] }), progress({ history }), emptyLog, '2026-11-02');
    expect(words.weeks.map((w) => w.cells.at(-1))).toEqual(['start', 'advance', 'hold', 'drop']);
  });
});
