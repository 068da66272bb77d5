import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { dayOf, localIsoDate, shiftIsoDate } from '../domain/calendar';
import { checkInPutOff } from './check-in-put-off';
import { emergencyRecheckDue } from '../domain/emergency-recheck';
import { logFor, withFlare, withMorning, withoutFlare, withSession, withShoes } from '../domain/log-entries';
import type { Log, LogEntries, LoggedSession, Morning } from '../schemas/log';
import { EMPTY_LOG } from '../schemas/log-values';
import { triage, type Triage } from '../domain/check-safety';
import { programmeWeek, upcomingStart } from '../domain/programme-week';
import type { Answers, Day, RedFlag } from '../schemas/answers';
import type { Profile } from '../schemas/profile';
import { DEFAULT_PROFILE } from '../schemas/profile-values';
import type { Settings } from '../schemas/settings';
import { DEFAULT_SETTINGS } from '../schemas/settings-values';
import { PAIN } from '../schemas/thresholds';
import { nextStep } from './questionnaire-steps';
import { stopShown } from './stop-rule';
import { defineStoredItems, type StoredItems } from './stored-items';
import { syncValue } from './synced-value';

export interface AppState {
  /** The storage items behind the profile, the settings and the log (export and import read them too). */
  items: StoredItems;
  loaded: ReadonlySignal<boolean>;
  profile: ReadonlySignal<Profile>;
  settings: ReadonlySignal<Settings>;
  notices: ReadonlySignal<string[]>;
  /** Takes back the change the last notice tells of (a flare logged); null when there is none. */
  undo: ReadonlySignal<(() => void) | null>;
  /** The domain's safety gate on the answers so far (stop or not, how urgent, the flags behind it). */
  triage: ReadonlySignal<Triage>;
  /** The triage says stop and the runner has answered what it rests on: the stop screen, never a plan. */
  stopped: ReadonlySignal<boolean>;
  /** Everything a plan needs is answered and nothing stops it. */
  planAllowed: ReadonlySignal<boolean>;
  week: ReadonlySignal<{ week: number; finished: boolean }>;
  /** The Monday the programme starts (YYYY-MM-DD) while that is still ahead; null once it has begun. */
  startsOn: ReadonlySignal<string | null>;
  today: ReadonlySignal<Day>;
  /** Today's date, YYYY-MM-DD, in the runner's time zone. */
  todayIso: ReadonlySignal<string>;
  /** Everything logged, as stored. */
  logEntries: ReadonlySignal<LogEntries>;
  /** The log contract (entries and the programme's first Monday); null before the programme has a start. */
  log: ReadonlySignal<Log | null>;
  /** The morning after a session: ask how the back is, once (until answered or put off for the day). */
  checkInDue: ReadonlySignal<boolean>;
  /** Ask the emergency questions again (weekly, or after two worse mornings). */
  emergencyCheckDue: ReadonlySignal<boolean>;
  load: () => Promise<void>;
  setAnswer: <K extends keyof Answers>(field: K, value: Answers[K]) => Promise<void>;
  /** Sets the ticked red flags; a flag no longer ticked loses its clearance. */
  setFlags: (flags: RedFlag[]) => Promise<void>;
  confirmSafety: () => Promise<void>;
  goToStep: (step: number) => Promise<void>;
  finish: () => Promise<void>;
  retake: () => Promise<void>;
  /** Gives up a retake under way: the answers from before it come back, with their plan. */
  cancelRetake: () => Promise<void>;
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
  /** Logs a session (one per day and kind: logging it again corrects it). */
  logSession: (session: LoggedSession) => Promise<void>;
  /** Logs this morning's check-in; pain of 9-10 is the severe-pain stop, at once. */
  logMorning: (morning: Omit<Morning, 'date'>) => Promise<void>;
  /** The emergency questions answered again: the flags ticked (none: all clear, asked again in a week). */
  answerEmergencyCheck: (flags: readonly RedFlag[]) => Promise<void>;
  /** "How far did you run last week?" (km), after two weeks with no run logged. */
  answerLastWeek: (km: number) => Promise<void>;
  /** "I have seen a clinician" after "not improving as expected": the step and cap move again. */
  clinicianSeen: () => Promise<void>;
  /** "Not today": no morning check-in until tomorrow. */
  dismissCheckIn: () => void;
  /** Logs a flare today: the step drops at once, a notice says so, with an undo. */
  logFlare: () => Promise<void>;
  /** A pair of shoes in use from today, with `km` already on it (the pair before retires). */
  startShoes: (name: string, km: number) => Promise<void>;
  /** Starts a new programme today (after step 8, or whenever the runner wants a fresh start). */
  newProgramme: () => Promise<void>;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  /** Deletes everything Backstride keeps in this browser (answers, settings, plan, ticks, breaks). */
  eraseAll: () => Promise<void>;
  /** The runner has read the notices: copies of unreadable originals kept for them go too. */
  dismissNotices: () => void;
  dispose: () => void;
}

/** The composition root of a page's state: storage items and signals (the plan itself: plan-model.ts). */
export function createAppState({
  items = defineStoredItems(),
  now = () => new Date(),
  forgetPermissions = () => browser.permissions?.remove({ permissions: ['notifications'] }),
}: {
  items?: StoredItems;
  now?: () => Date;
  /** Gives back the optional notifications permission (deleting all data). */
  forgetPermissions?: () => Promise<unknown> | undefined;
} = {}): AppState {
  const loaded = signal(false);
  const notices = signal<string[]>([]);
  const undo = signal<(() => void) | null>(null);
  const date = signal(now());
  const addNotice = (notice: string | null) => {
    if (notice && !notices.value.includes(notice)) notices.value = [...notices.value, notice];
  };
  /** What the last action did, in place of what the one before said; `takeBack` undoes it. */
  let said: string | null = null;
  const say = (text: string | null, takeBack: (() => void) | null = null) =>
    batch(() => {
      notices.value = [...notices.value.filter((n) => n !== said), ...(text && !notices.value.includes(text) ? [text] : [])];
      said = text;
      undo.value = takeBack;
    });
  // Every change re-reads what is stored and merges into it: another page's change is never lost.
  const profile = syncValue(items.profile, DEFAULT_PROFILE, addNotice);
  const settings = syncValue(items.settings, DEFAULT_SETTINGS, addNotice);
  const logEntries = syncValue(items.log, EMPTY_LOG, addNotice);
  const todayIso = computed(() => localIsoDate(date.value));
  const log = computed(() => {
    const start = settings.value.value.startDate;
    return start ? logFor(logEntries.value.value, start) : null;
  });
  const saveLog = (change: (l: LogEntries) => LogEntries) => logEntries.update(change);

  const week = computed(() => programmeWeek(settings.value.value.startDate, date.value));
  const startsOn = computed(() => upcomingStart(settings.value.value.startDate, date.value));
  const triaged = computed(() => triage(profile.value.value.answers));
  const stopped = computed(() => stopShown(profile.value.value, triaged.value));
  const planAllowed = computed(() => {
    const p = profile.value.value;
    return loaded.value && p.done && !p.rescreen && !p.recheckDistance && !stopped.value;
  });
  const putOff = signal(checkInPutOff.read());
  const checkInDue = computed(() => {
    const today = todayIso.value;
    const entries = logEntries.value.value;
    const yesterday = shiftIsoDate(today, -1);
    return (
      planAllowed.value &&
      log.value !== null &&
      putOff.value !== today &&
      !entries.mornings.some((m) => m.date === today) &&
      entries.sessions.some((s) => s.date === yesterday)
    );
  });

  const saveProfile = (change: (p: Profile) => Profile) => profile.update(change);
  // The stop screen's changes load on first use (see safety-updates.ts).
  const update = async (change: (updates: typeof import('./safety-updates'), p: Profile) => Profile) => {
    const updates = await import('./safety-updates');
    return saveProfile((p) => change(updates, p));
  };
  /**
   * Pain logged today (a session or a morning): 9-10 is the severe-pain stop at once, with its own
   * words (it lifts at 8 or less); 7 or more asks the whole safety step again before the next session.
   */
  const afterPain = async (pain: number | undefined) => {
    if (pain === undefined || pain < PAIN.pauseFrom) return;
    if (pain >= PAIN.stopFrom) await update((u, p) => ({ ...u.reportPain(p, pain), painReportedOn: undefined }));
    await saveProfile(screenAgain);
  };
  /** The safety step (and about-you) again, then straight back to the plan. */
  const screenAgain = (p: Profile): Profile => (p.done ? { ...p, safetyAnswered: false, step: 0, rescreen: true } : p);
  const saveSettings = (change: (s: Settings) => Settings) => settings.update(change);

  return {
    items,
    loaded,
    profile: profile.value,
    settings: settings.value,
    notices,
    undo,
    triage: triaged,
    stopped,
    planAllowed,
    week,
    startsOn,
    today: computed(() => dayOf(date.value)),
    todayIso,
    logEntries: logEntries.value,
    log,
    checkInDue,
    emergencyCheckDue: computed(() => {
      const l = log.value;
      return planAllowed.value && l !== null && emergencyRecheckDue(l, profile.value.value.emergencyCheckedOn ?? null, todayIso.value);
    }),
    async load() {
      await Promise.all([profile.load(), settings.load(), logEntries.load()]);
      loaded.value = true;
    },
    setAnswer: (field, value) => saveProfile((p) => ({ ...p, answers: { ...p.answers, [field]: value } })),
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
    goToStep: (step) => saveProfile((p) => ({ ...p, step: Math.max(0, step) })),
    async finish() {
      // A first plan starts the programme today. Later retakes keep it going (a new programme is asked for).
      const today = localIsoDate(date.value);
      const fresh = (s: Settings) => !s.startDate;
      if (fresh(settings.value.value)) await saveSettings((s) => (fresh(s) ? { ...s, startDate: today } : s));
      await saveProfile(({ keptAnswers: _, ...p }) => ({ ...p, done: true, rescreen: false }));
    },
    // The safety screen is asked again on every retake: things change. The plan stays (done, and
    // made from the kept answers) until the last step is answered.
    retake: () => saveProfile((p) => ({ ...p, keptAnswers: p.keptAnswers ?? p.answers, safetyAnswered: false, step: 0, rescreen: false })),
    cancelRetake: () => saveProfile(({ keptAnswers, ...p }) => (keptAnswers ? { ...p, answers: keptAnswers, safetyAnswered: true, step: 0 } : p)),
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
    async logSession(session) {
      await saveLog((l) => withSession(l, session));
      await afterPain(session.pain);
    },
    async logMorning(morning) {
      const today = todayIso.value;
      await saveLog((l) => withMorning(l, { ...morning, date: today }));
      await afterPain(morning.pain);
    },
    dismissCheckIn() {
      putOff.value = todayIso.value;
      checkInPutOff.write(todayIso.value);
    },
    async logFlare() {
      const today = todayIso.value;
      if (logEntries.value.value.flares.includes(today)) return say('Your flare today is already logged.');
      await saveLog((l) => withFlare(l, today));
      // A flare asks the safety questions again before the next session.
      await saveProfile(screenAgain);
      say('Flare logged: this week steps back and runs ease off. First, the safety questions again.', () => {
        say(null);
        void saveLog((l) => withoutFlare(l, today));
        // Taken back before the safety step was answered: back to the plan as it was.
        void saveProfile((p) => (p.rescreen && !p.safetyAnswered ? { ...p, rescreen: false, safetyAnswered: true } : p));
      });
    },
    startShoes: (name, km) => saveLog((l) => withShoes(l, { name: name.trim(), startKm: km, from: todayIso.value })),
    async newProgramme() {
      await saveSettings((s) => ({ ...s, startDate: todayIso.value }));
      // A new programme checks progress afresh: an earlier clinician's visit no longer lifts a hold.
      await saveProfile(({ clinicianSeenOn: _, ...p }) => p);
    },
    updateSettings: (patch) => saveSettings((s) => ({ ...s, ...patch })),
    async eraseAll() {
      // Every page watching its items falls back to the defaults; the background turns breaks off.
      try {
        await browser.storage.local.clear();
      } catch (error) {
        return addNotice(`We could not delete your data (${error instanceof Error ? error.message : String(error)}).`);
      }
      batch(() => {
        notices.value = [];
        undo.value = null;
      });
      checkInPutOff.write(null);
      await Promise.all([profile.refresh(), settings.refresh(), logEntries.refresh()]);
      // Not every browser can take a permission back (or has one to take): the data is gone either way.
      await Promise.resolve()
        .then(forgetPermissions)
        .catch(() => undefined);
    },
    dismissNotices: () => {
      batch(() => {
        notices.value = [];
        undo.value = null;
      });
      void Promise.all([items.profile.dismiss(), items.settings.dismiss(), items.log.dismiss()]).catch(() => undefined);
    },
    dispose: () => {
      profile.dispose();
      settings.dispose();
      logEntries.dispose();
    },
  };
}
