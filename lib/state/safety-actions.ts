import type { ReadonlySignal } from '@preact/signals';
import { localIsoDate } from '../domain/calendar';
import type { RedFlag } from '../schemas/answers';
import type { Profile } from '../schemas/profile';
import { nextStep } from './questionnaire-steps';

/** The safety net's answers: the red flags, their clearances, the stop's pain and distance questions. */
export interface SafetyActions {
  /** Sets the ticked red flags; a flag no longer ticked loses its clearance. */
  setFlags: (flags: RedFlag[]) => Promise<void>;
  confirmSafety: () => Promise<void>;
  /** "I ticked this by mistake": the safety step again, then back to where the runner was. */
  backToSafety: () => Promise<void>;
  /** A clinician cleared these flags on `date` (YYYY-MM-DD, default today); last week's distance is asked next. */
  clearFlags: (flags: readonly RedFlag[], date?: string) => Promise<void>;
  /** The runner says a cleared flag is new or worse since (it stops again), or takes that back. */
  unclear: (flag: RedFlag, worse?: boolean) => Promise<void>;
  /** The latest pain (0-10) after a severe-pain stop: at or below the bound the stop lifts. */
  reportPain: (level: number) => Promise<void>;
  /** Last week's distance (km), asked again after a stop or a clearance. */
  confirmDistance: (km: number) => Promise<void>;
  /** The emergency questions answered again: the flags ticked (none: all clear, asked again in a week). */
  answerEmergencyCheck: (flags: readonly RedFlag[]) => Promise<void>;
  /** "How far did you run last week?" (km), after two weeks with no run logged. */
  answerLastWeek: (km: number) => Promise<void>;
  /** "I have seen a clinician" after "not improving as expected": the step and cap move again. */
  clinicianSeen: () => Promise<void>;
}

/** A profile change that needs the stop screen's rules, loaded on first use (see safety-updates.ts). */
export type StopUpdate = (change: (updates: typeof import('./safety-updates'), p: Profile) => Profile) => Promise<void>;

export function createSafetyActions({
  todayIso,
  now,
  saveProfile,
  update,
}: {
  todayIso: ReadonlySignal<string>;
  now: () => Date;
  saveProfile: (change: (p: Profile) => Profile) => Promise<void>;
  update: StopUpdate;
}): SafetyActions {
  return {
    // Synchronous on screen, like every change on the safety step: a Next pressed at once must see it.
    setFlags: (flags) =>
      saveProfile((p) => {
        const clearedOn = Object.fromEntries(Object.entries(p.clearedOn).filter(([f]) => flags.includes(f as RedFlag)));
        return { ...p, clearedOn, answers: { ...p.answers, redFlags: flags, clearedFlags: p.answers.clearedFlags.filter((f) => flags.includes(f)) } };
      }),
    confirmSafety: () => saveProfile((p) => ({ ...p, safetyAnswered: true, step: nextStep(p, 0) ?? 0, emergencyCheckedOn: todayIso.value })),
    answerEmergencyCheck: (flags) =>
      saveProfile((p) => {
        const redFlags = [...new Set([...p.answers.redFlags, ...flags])];
        // A yes is a new flag: any clearance it had no longer holds.
        const clearedFlags = p.answers.clearedFlags.filter((f) => !flags.includes(f));
        return { ...p, emergencyCheckedOn: todayIso.value, answers: { ...p.answers, redFlags, clearedFlags } };
      }),
    clinicianSeen: () => saveProfile((p) => ({ ...p, clinicianSeenOn: todayIso.value })),
    answerLastWeek: (km) => saveProfile((p) => ({ ...p, distanceAnswer: { date: todayIso.value, km } })),
    backToSafety: () => update((u, p) => u.backToSafety(p)),
    clearFlags: (flags, on = localIsoDate(now())) => update((u, p) => u.clearFlags(p, flags, on)),
    unclear: (flag, worse = true) =>
      saveProfile((p) => {
        const restore = !worse && p.clearedOn[flag] !== undefined && p.answers.redFlags.includes(flag);
        const clearedFlags = p.answers.redFlags.filter((f) => (f === flag ? restore : p.answers.clearedFlags.includes(f)));
        return { ...p, answers: { ...p.answers, clearedFlags } };
      }),
    reportPain: (level) => update((u, p) => ({ ...u.reportPain(p, level), painReportedOn: localIsoDate(now()) })),
    confirmDistance: (km) => update((u, p) => u.confirmDistance(p, km)),
  };
}
