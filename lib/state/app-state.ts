import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { dayOf, localIsoDate } from '../domain/calendar';
import { checkInPutOff } from './check-in-put-off';
import { emergencyRecheckDue } from '../domain/emergency-recheck';
import { logFor } from '../domain/log-entries';
import type { Log, LogEntries } from '../schemas/log';
import { EMPTY_LOG } from '../schemas/log-values';
import { triage, type Triage } from '../domain/check-safety';
import { programmeWeek, upcomingStart } from '../domain/programme-week';
import type { Answers, Day } from '../schemas/answers';
import type { Profile } from '../schemas/profile';
import { DEFAULT_PROFILE } from '../schemas/profile-values';
import type { Settings } from '../schemas/settings';
import { DEFAULT_SETTINGS } from '../schemas/settings-values';
import { createLogActions, type LogActions } from './log-actions';
import { createSafetyActions, type SafetyActions, type StopUpdate } from './safety-actions';
import { stopShown } from './stop-rule';
import { createNotices } from './notices';
import { keepSnapshot } from './popup-snapshot';
import { defineStoredItems, type StoredItems } from './stored-items';
import { syncValue } from './synced-value';

export interface AppState extends LogActions, SafetyActions {
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
  /** Ask the emergency questions again (weekly, or after two worse mornings). */
  emergencyCheckDue: ReadonlySignal<boolean>;
  load: () => Promise<void>;
  setAnswer: <K extends keyof Answers>(field: K, value: Answers[K]) => Promise<void>;
  goToStep: (step: number) => Promise<void>;
  finish: () => Promise<void>;
  retake: () => Promise<void>;
  /** Gives up a retake under way: the answers from before it come back, with their plan. */
  cancelRetake: () => Promise<void>;
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
  const notices = createNotices();
  const addNotice = notices.add;
  const date = signal(now());
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
  const saveProfile = (change: (p: Profile) => Profile) => profile.update(change);
  // The stop screen's changes load on first use (see safety-updates.ts).
  const update: StopUpdate = async (change) => {
    const updates = await import('./safety-updates');
    return saveProfile((p) => change(updates, p));
  };
  const saveSettings = (change: (s: Settings) => Settings) => settings.update(change);
  const logActions = createLogActions({
    todayIso,
    logEntries: logEntries.value,
    log,
    planAllowed,
    saveLog,
    saveProfile,
    // The stop's own words come with it; it lifts when the pain is 8 or less.
    severePain: (pain) => update((u, p) => ({ ...u.reportPain(p, pain), painReportedOn: undefined })),
    say: notices.say,
  });

  return {
    ...logActions,
    ...createSafetyActions({ todayIso, now, saveProfile, update }),
    items,
    loaded,
    profile: profile.value,
    settings: settings.value,
    notices: notices.list,
    undo: notices.undo,
    triage: triaged,
    stopped,
    planAllowed,
    week,
    startsOn,
    today: computed(() => dayOf(date.value)),
    todayIso,
    logEntries: logEntries.value,
    log,
    emergencyCheckDue: computed(() => {
      const l = log.value;
      return planAllowed.value && l !== null && emergencyRecheckDue(l, profile.value.value.emergencyCheckedOn ?? null, todayIso.value);
    }),
    async load() {
      await Promise.all([profile.load(), settings.load(), logEntries.load()]);
      loaded.value = true;
    },
    setAnswer: (field, value) => saveProfile((p) => ({ ...p, answers: { ...p.answers, [field]: value } })),
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
      notices.clear();
      checkInPutOff.write(null);
      keepSnapshot(null);
      await Promise.all([profile.refresh(), settings.refresh(), logEntries.refresh()]);
      // Not every browser can take a permission back (or has one to take): the data is gone either way.
      await Promise.resolve()
        .then(forgetPermissions)
        .catch(() => undefined);
    },
    dismissNotices: () => {
      notices.clear();
      void Promise.all([items.profile.dismiss(), items.settings.dismiss(), items.log.dismiss()]).catch(() => undefined);
    },
    dispose: () => {
      profile.dispose();
      settings.dispose();
      logEntries.dispose();
    },
  };
}
