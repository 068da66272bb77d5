import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { storage } from 'wxt/utils/storage';
import { dayOf, localIsoDate, shiftIsoDate } from '../domain/calendar';
import { triage, type Triage } from '../domain/check-safety';
import { programmeWeek } from '../domain/programme-week';
import type { Answers, Day, RedFlag } from '../schemas/answers';
import { DEFAULT_PROFILE, type Profile } from '../schemas/profile';
import { DEFAULT_SETTINGS, type Settings } from '../schemas/settings';
import { nextStep } from './questionnaire-steps';
import { stopShown } from './stop-rule';
import { defineStoredItems, type StoredItems } from './stored-items';

export interface AppState {
  loaded: ReadonlySignal<boolean>;
  profile: ReadonlySignal<Profile>;
  settings: ReadonlySignal<Settings>;
  notices: ReadonlySignal<string[]>;
  /** The domain's safety gate on the answers so far (stop or not, how urgent, the flags behind it). */
  triage: ReadonlySignal<Triage>;
  /** The triage says stop and the runner has answered what it rests on: the stop screen, never a plan. */
  stopped: ReadonlySignal<boolean>;
  /** Everything a plan needs is answered and nothing stops it. */
  planAllowed: ReadonlySignal<boolean>;
  week: ReadonlySignal<{ week: number; finished: boolean }>;
  today: ReadonlySignal<Day>;
  load: () => Promise<void>;
  setAnswer: <K extends keyof Answers>(field: K, value: Answers[K]) => Promise<void>;
  /** Sets the ticked red flags; a flag no longer ticked loses its clearance. */
  setFlags: (flags: RedFlag[]) => Promise<void>;
  confirmSafety: () => Promise<void>;
  goToStep: (step: number) => Promise<void>;
  finish: () => Promise<void>;
  retake: () => Promise<void>;
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
  repeatWeek: () => Promise<void>;
  updateSettings: (patch: Partial<Settings>) => Promise<void>;
  /** Deletes everything Backstride keeps in this browser (answers, settings, plan, ticks, breaks). */
  eraseAll: () => Promise<void>;
  dismissNotices: () => void;
  dispose: () => void;
}

/** The composition root of a page's state: storage items and signals (the plan itself: plan-model.ts). */
export function createAppState({ items = defineStoredItems(), now = () => new Date() }: { items?: StoredItems; now?: () => Date } = {}): AppState {
  const loaded = signal(false);
  const profile = signal<Profile>(DEFAULT_PROFILE);
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const notices = signal<string[]>([]);
  const date = signal(now());
  const unwatch: (() => void)[] = [];

  const week = computed(() => programmeWeek(settings.value.startDate, date.value));
  const triaged = computed(() => triage(profile.value.answers));
  const stopped = computed(() => stopShown(profile.value, triaged.value));
  const planAllowed = computed(() => {
    const p = profile.value;
    return loaded.value && p.done && !p.rescreen && !p.recheckDistance && !stopped.value;
  });

  const saveProfile = async (next: Profile) => {
    profile.value = next;
    await items.profile.write(next);
  };
  // The stop screen's changes load on first use (see safety-updates.ts).
  const update = async (change: (updates: typeof import('./safety-updates')) => Profile) => saveProfile(change(await import('./safety-updates')));
  const saveSettings = async (next: Settings) => {
    settings.value = next;
    await items.settings.write(next);
  };
  const addNotice = (notice: string | null) => {
    if (notice && !notices.value.includes(notice)) notices.value = [...notices.value, notice];
  };

  return {
    loaded,
    profile,
    settings,
    notices,
    triage: triaged,
    stopped,
    planAllowed,
    week,
    today: computed(() => dayOf(date.value)),
    async load() {
      const [p, s] = await Promise.all([items.profile.read(), items.settings.read()]);
      batch(() => {
        profile.value = p.value;
        settings.value = s.value;
        addNotice(p.notice);
        addNotice(s.notice);
        loaded.value = true;
      });
      // Changes made in the side panel or another popup show up here without a reload.
      unwatch.push(items.profile.watch((r) => ((profile.value = r.value), addNotice(r.notice))));
      unwatch.push(items.settings.watch((r) => ((settings.value = r.value), addNotice(r.notice))));
    },
    setAnswer: (field, value) => saveProfile({ ...profile.value, answers: { ...profile.value.answers, [field]: value } }),
    // Synchronous, like every change on the safety step: a Next pressed at once must see it.
    setFlags: (flags) => {
      const p = profile.value;
      const clearedOn = Object.fromEntries(Object.entries(p.clearedOn).filter(([f]) => flags.includes(f as RedFlag)));
      return saveProfile({ ...p, clearedOn, answers: { ...p.answers, redFlags: flags, clearedFlags: p.answers.clearedFlags.filter((f) => flags.includes(f)) } });
    },
    confirmSafety: () => saveProfile({ ...profile.value, safetyAnswered: true, step: nextStep(profile.value, 0) ?? 0 }),
    goToStep: (step) => saveProfile({ ...profile.value, step: Math.max(0, step) }),
    async finish() {
      if (!settings.value.startDate) await saveSettings({ ...settings.value, startDate: localIsoDate(date.value) });
      await saveProfile({ ...profile.value, done: true, rescreen: false });
    },
    // The safety screen is asked again on every retake: things change.
    retake: () => saveProfile({ ...profile.value, done: false, safetyAnswered: false, step: 0, rescreen: false }),
    backToSafety: () => update((u) => u.backToSafety(profile.value)),
    clearFlags: (flags, on = localIsoDate(now())) => update((u) => u.clearFlags(profile.value, flags, on)),
    unclear: (flag, worse = true) => {
      const p = profile.value;
      const restore = !worse && p.clearedOn[flag] !== undefined && p.answers.redFlags.includes(flag);
      const clearedFlags = p.answers.redFlags.filter((f) => (f === flag ? restore : p.answers.clearedFlags.includes(f)));
      return saveProfile({ ...p, answers: { ...p.answers, clearedFlags } });
    },
    reportPain: (level) => update((u) => u.reportPain(profile.value, level)),
    confirmDistance: (km) => update((u) => u.confirmDistance(profile.value, km)),
    async repeatWeek() {
      const start = settings.value.startDate ?? localIsoDate(date.value);
      await saveSettings({ ...settings.value, startDate: shiftIsoDate(start, 7) });
    },
    updateSettings: (patch) => saveSettings({ ...settings.value, ...patch }),
    async eraseAll() {
      // Every page watching its items falls back to the defaults; the background turns breaks off.
      await storage.clear('local');
      batch(() => {
        profile.value = DEFAULT_PROFILE;
        settings.value = DEFAULT_SETTINGS;
        notices.value = [];
      });
    },
    dismissNotices: () => (notices.value = []),
    dispose: () => unwatch.splice(0).forEach((stop) => stop()),
  };
}
