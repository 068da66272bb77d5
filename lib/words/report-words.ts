import { PROGRAMME_WEEKS } from '../schemas/programme';
import type { Answers } from '../schemas/answers';
import type { Log } from '../schemas/log';
import type { Plan } from '../schemas/plan';
import type { Units } from '../schemas/settings';
import { CAUSE_NAMES } from '../domain/cause-names';
import { likelyCauses } from '../domain/likely-causes';
import type { Progress, WeekRecord } from '../schemas/progress-data';
import { pairInUse, trackedShoeKm } from '../domain/log-readings';
import { formatDistance } from '../domain/units';
import { dayList } from './note-words';
import { progressWords } from './progress-words';
import { RED_FLAG_WORDS } from './safety-words';

/** The physiotherapist's report in words: what the PDF lays out. */
export interface ReportText {
  title: string;
  period: string;
  sections: { heading: string; lines: string[] }[];
  weeks: { cells: string[] }[];
  weekHeadings: string[];
  /** Pain by day since the start: mornings and sessions (the worst of the day). */
  chart: { days: number; mornings: { day: number; pain: number }[]; sessions: { day: number; pain: number }[] };
}

const DECISION_SHORT: Record<WeekRecord['decision'], string> = { start: 'start', advance: 'advance', hold: 'hold', drop: 'drop' };

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The answers in short, as a clinician would scan them. */
function answersInShort(a: Answers, units: Units): string[] {
  const where = a.painWhere.join(', ').replace('below-knee', 'below the knee').replace('one-side', 'one side');
  const when = a.painWhen.join(', ').replace(/-/g, ' ');
  return [
    `Worst back pain in the 7 days before the answers: ${a.painLevel}/10, for ${a.painWeeks} weeks; where: ${where}; when: ${when}.`,
    `Morning stiffness: ${a.morningStiffness}; woken by pain in the second half of the night: ${a.nightWaking ? 'yes' : 'no'}; eased by: ${a.eases.replace('-', ' ')}.`,
    `Running: ${formatDistance(a.weeklyKm, units)} last week (${a.weeklyIncreasePct > 0 ? '+' : ''}${Math.round(a.weeklyIncreasePct)} % a week lately), longest run ${formatDistance(a.longestRunKm, units)}, on ${a.runDays.length > 0 ? dayList(a.runDays) : 'no set days'}.`,
    `Age: ${a.age ?? 'not given'}; risk factors: ${a.riskFactors.length > 0 ? a.riskFactors.join(', ') : 'none'}; pregnancy: ${a.pregnancy.replace(/-/g, ' ')}; spinal diagnosis: ${a.spinalDiagnosis.replace('-', ' ')}; leg-length difference: ${a.legLength}; past lower-limb injury: ${a.pastInjury ? 'yes' : 'no'}.`,
    `Self-tests: plank ${a.plankSeconds === null ? 'not tried' : `${Math.round(a.plankSeconds)} s`}; toe touch ${a.toeTouch.replace('-', ' ')}; sitting ${a.sittingHours} h a day.`,
  ];
}

/** The report's words from the answers, this week's plan, the programme's progress and the log. */
export function reportWords(answers: Answers, plan: Plan, progress: Progress, log: Log, today: string, units: Units = 'km'): ReportText {
  const safety = plan.safety.stop
    ? plan.safety.messages
    : [
        answers.redFlags.length === 0 ? 'All clear: no warning signs ticked.' : `Warning signs a clinician has cleared: ${answers.clearedFlags.map((f) => RED_FLAG_WORDS[f]).join('; ')}.`,
        ...(plan.safety.referral ? plan.safety.messages.slice(1) : []),
      ];
  const causes = likelyCauses(plan.causes);
  const shoe = trackedShoeKm(log, today);
  const pair = pairInUse(log, today);
  const p = progressWords(progress, units);
  const byDay = new Map<number, number>();
  for (const s of log.sessions) if (s.pain !== undefined) byDay.set(days(log.start, s.date), Math.max(byDay.get(days(log.start, s.date)) ?? 0, s.pain));
  return {
    title: 'Backstride: progress report for a physiotherapist',
    period: `Programme from ${log.start} to ${today}: week ${progress.calendarWeek}, step ${progress.step} of ${PROGRAMME_WEEKS}${progress.maintenance ? ' (maintenance)' : ''}.`,
    sections: [
      { heading: 'Answers in short', lines: answersInShort(answers, units) },
      { heading: 'Safety screen', lines: safety },
      { heading: 'Likely causes (a screen, not a diagnosis)', lines: causes.length > 0 ? causes.map((c) => `${CAUSE_NAMES[c.id]}: ${c.reasons.join(' ')}`) : ['No cause stood out from the answers.'] },
      {
        heading: 'This week',
        lines: [
          ...p.reasons.map((r) => r.charAt(0).toUpperCase() + r.slice(1) + '.'),
          ...(progress.notImproving ? ['Not improving as expected (morning pain has not fallen by 2 points or 30 % since week 1).'] : []),
          ...(progress.ended ? ['The programme has ended: two hard weeks in a row.'] : []),
          shoe === null || !pair ? 'Shoes: no pair logged.' : `Shoes: ${pair.name}, about ${formatDistance(shoe, units)}.`,
        ],
      },
    ],
    weekHeadings: ['Week', 'Step', 'Sessions', 'Worst pain', 'Morning median', 'Run', 'Decision'],
    weeks: progress.history.map((w) => ({
      cells: [
        String(w.calendarWeek),
        String(w.step),
        `${w.done} of ${w.planned}`,
        w.worstPain === null ? '-' : `${w.worstPain}/10`,
        w.morningMedian === null ? '-' : `${w.morningMedian}/10`,
        formatDistance(w.loggedKm, units),
        DECISION_SHORT[w.decision],
      ],
    })),
    chart: {
      days: Math.max(7, days(log.start, today)),
      mornings: log.mornings.map((m) => ({ day: days(log.start, m.date), pain: m.pain })).sort((x, y) => x.day - y.day),
      sessions: [...byDay].map(([day, pain]) => ({ day, pain })).sort((x, y) => x.day - y.day),
    },
  };
}
