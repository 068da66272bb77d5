import type { Progress } from '../schemas/plan';
import type { Units } from '../schemas/settings';
import { formatDistance } from '../domain/units';
import type { Progress as ProgressData, ProgressReason } from '../schemas/progress-data';

const DECISION_WORDS: Record<ProgressData['decision'], string> = { start: 'started', advance: 'moved up a step', hold: 'held', drop: 'stepped back' };

/** Each reason for a week's decision, short, as the runner reads it after "held:", "stepped back:". */
const REASON_WORDS: Record<ProgressReason['id'], (r: ProgressReason, units: Units) => string> = {
  'pain-severe': (r) => `pain reached ${r.values.pain}/10; see a GP if it comes back`,
  'pain-high': (r) => `pain reached ${r.values.pain}/10`,
  'pain-moderate': (r) => `pain reached ${r.values.pain}/10`,
  'mornings-worse': (r) => `${r.values.count} mornings worse than usual`,
  'morning-worse': () => 'one morning worse than usual',
  flare: () => 'you logged a flare',
  'sessions-missed': (r) => `${r.values.done} of ${r.values.planned} sessions done`,
  'mornings-rising': () => 'mornings were sorer than the week before',
  'no-runs-logged': (r) => (r.values.weeks === 1 ? 'no run logged last week' : `no run logged for ${r.values.weeks} weeks`),
  'short-week': (r, units) => `a short week (${formatDistance(r.values.km as number, units)}), so the cap stays`,
  'not-improving': () => 'not improving as expected',
  'all-well': () => 'sessions done, pain low, mornings steady',
  'ask-distance': () => 'tell us how far you ran last week',
  'distance-answered': (r, units) => `you ran ${formatDistance(r.values.km as number, units)} last week, so runs restart from there with no growth yet`,
};

/** A decision and its reasons: "held: one morning worse than usual", then the other reasons. */
const reasonWords = (decision: ProgressData['decision'], reasons: readonly ProgressReason[], units: Units) =>
  reasons.map((r) => REASON_WORDS[r.id](r, units)).map((text, i) => (i === 0 ? `${DECISION_WORDS[decision]}: ${text}` : text));

/** The programme's standing in words: "held: one morning worse than usual". */
export function progressWords(p: ProgressData, units: Units = 'km'): Progress {
  return {
    calendarWeek: p.calendarWeek,
    step: p.step,
    decision: p.decision,
    reasons: reasonWords(p.decision, p.reasons, units),
    notImproving: p.notImproving,
    weeklyPain: p.weeklyPain,
    maintenance: p.maintenance,
    ended: p.ended,
    flare: p.flare,
    shoeKm: p.answers.shoeKm,
    askDistance: p.askDistance,
    weeks: p.history.map(({ reasons, ...w }) => ({ ...w, said: reasonWords(w.decision, reasons, units).join('; ') })),
  };
}
