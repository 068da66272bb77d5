import type { Answers } from '../schemas/answers';
import { CAUSE_TIE_ORDER, type CauseId } from '../schemas/cause';
import type { Contraindication } from '../schemas/exercise';
import type { ReferralReason } from '../schemas/plan';
import type { Units } from '../schemas/settings';
import { PAIN, PLANK } from '../schemas/thresholds';
import { clearanceNeedsRestart } from './check-safety';
import { painZone, type PainZone } from './pain-zone';
import { isStandingStart } from './plan-runs';

/** What the routine builder needs to know about the runner, derived once from the answers. */
export interface RoutineContext {
  /** The dosage step, 1 to 8. */
  week: number;
  likely: ReadonlySet<CauseId>;
  /** The likely causes, highest score first (ties in the brief's order): extras are picked in this order. */
  ranked: readonly CauseId[];
  /** Conditions that hold for this runner this week (see ContraindicationSchema). */
  conditions: ReadonlySet<Contraindication>;
  zone: PainZone;
  /** Gentle: no high-impact drills, no harder variant than each family's first, dose at most step 3. */
  gentle: boolean;
  /** High-impact drills are left out (gentle, amber pain, pregnancy and the year after, run/walk weeks). */
  noHighImpact: boolean;
  /** The tested plank hold in seconds, or null when not tried. */
  plankSeconds: number | null;
  /** How sentences give distances; the plan's numbers are always km. */
  units: Units;
}

/** Referral reasons that announce gentle mode (brief: "refer and plan gentle"). */
export const GENTLE_REASONS: ReadonlySet<ReferralReason> = new Set(['cough-sneeze-diagnosed', 'minor-trauma']);

/** Is the plan gentle? Announced by a referral reason, a likely spinal condition, pain below the knee, pain 6 or more, or a restart after clearance. */
export function isGentle(a: Answers, likely: ReadonlySet<CauseId>, reasons: readonly ReferralReason[]): boolean {
  const zone = painZone(a);
  return (
    zone === 'red' ||
    zone === 'pause' ||
    zone === 'stop' ||
    likely.has('spinal-condition') ||
    a.painWhere.includes('below-knee') ||
    reasons.some((r) => GENTLE_REASONS.has(r)) ||
    clearanceNeedsRestart(a)
  );
}

/** The conditions that hold for these answers in this dosage step. */
export function conditionsFor(a: Answers, week: number): Set<Contraindication> {
  const c = new Set<Contraindication>();
  if (a.spinalDiagnosis !== 'none') c.add('disc-diagnosis');
  if (a.painWhere.includes('below-knee')) c.add('pain-below-knee');
  if (a.painLevel >= PAIN.pauseFrom) c.add('severe-pain');
  if (a.eases === 'leaning-back') c.add('eases-leaning-back');
  if (a.eases === 'bending-forward') c.add('eases-bending-forward');
  if (a.pregnancy === 'pregnant-16-weeks-plus') c.add('pregnant-16-weeks-plus');
  if (a.pregnancy === 'postpartum-under-12-weeks') c.add('postpartum-early');
  if (week === 1 && a.plankSeconds !== null && a.plankSeconds < PLANK.minHold) c.add('plank-under-10s');
  return c;
}

/** Likely causes in the order extras are chosen: score, then the brief's tie order. */
export function rankLikely(causes: readonly { id: CauseId; score: number }[], likely: ReadonlySet<CauseId>): CauseId[] {
  return causes
    .filter((c) => likely.has(c.id))
    .sort((x, y) => y.score - x.score || CAUSE_TIE_ORDER.indexOf(x.id) - CAUSE_TIE_ORDER.indexOf(y.id))
    .map((c) => c.id);
}

export interface ContextInput {
  causes: readonly { id: CauseId; score: number }[];
  likely: ReadonlySet<CauseId>;
  reasons: readonly ReferralReason[];
  week: number;
  units?: Units;
}

/** Derives the routine context from the answers, the scored causes and the referral reasons. */
export function routineContext(a: Answers, { causes, likely, reasons, week, units = 'km' }: ContextInput): RoutineContext {
  const zone = painZone(a);
  const gentle = isGentle(a, likely, reasons);
  // Pregnancy and the year after birth: no jumping drills (the brief; Goom 2019 for after birth).
  const pregnantOrAfter = a.pregnancy !== 'no';
  // A-skips and the like are for fitter runners, not for a week of run/walk.
  const runWalk = isStandingStart(a) || clearanceNeedsRestart(a);
  return {
    week,
    likely,
    ranked: rankLikely(causes, likely),
    conditions: conditionsFor(a, week),
    zone,
    gentle,
    noHighImpact: gentle || zone === 'amber' || pregnantOrAfter || runWalk,
    plankSeconds: a.plankSeconds,
    units,
  };
}
