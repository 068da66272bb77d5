import type { Answers } from '../schemas/answers';
import type { Exercise } from '../schemas/exercise';
import type { PlanData, ReferralData } from '../schemas/plan-data';
import { PROGRAMME_WEEKS } from '../schemas/programme';
import { buildWeekPlan, type LoadFromLog, type WeekDetail } from './build-week-plan';
import { triage } from './check-safety';
import { likelyCauseIds } from './likely-causes';
import { routineContext } from './routine-context';
import { scoreCauses } from './score-causes';

export interface PlanOptions {
  /** Programme week, 1 to 8: the dosage step. */
  week?: number;
  /** The week's load as the log decided it (programme-progress.ts); without it, the answers' rules. */
  load?: LoadFromLog;
  /** Reasons to refer that only the log can show: not improving, the programme ended. */
  referrals?: readonly ReferralData[];
  /** `shape`: the week's days and sessions without exercises or notes (for counting past weeks). */
  detail?: WeekDetail;
}

/** The whole pipeline: answers -> safety gate -> likely causes -> routine -> week plan, as data (lib/words says it). */
export function buildPlan(answers: Answers, library: readonly Exercise[], options: PlanOptions = {}): PlanData {
  const week = options.week ?? 1;
  if (!Number.isInteger(week) || week < 1 || week > PROGRAMME_WEEKS) {
    throw new RangeError(`week must be a whole number from 1 to ${PROGRAMME_WEEKS}, got ${week}`);
  }
  // Week N of the programme is N - 1 weeks after the answers: pain has lasted that much longer.
  const triaged = triage(answers, { weeksSinceAnswers: week - 1 });
  const extra = triaged.stop ? [] : (options.referrals ?? []);
  const t = { ...triaged, referral: triaged.referral || extra.length > 0, referralReasons: [...triaged.referralReasons, ...extra] };
  const causes = scoreCauses(answers);
  if (t.stop) return { safety: { ...t, gentle: false }, causes, week: null };
  const likely = likelyCauseIds(causes);
  const ctx = routineContext(answers, { causes, likely, reasons: t.referralReasons.map((r) => r.id), week });
  return { safety: { ...t, gentle: ctx.gentle }, causes, week: buildWeekPlan(answers, library, ctx, options.load, options.detail) };
}
