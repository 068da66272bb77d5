import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { storage } from 'wxt/utils/storage';
import { dayOf, localIsoDate, shiftIsoDate } from '../domain/calendar';
import { programmeWeek } from '../domain/programme-week';
import type { Answers, Day } from '../schemas/answers';
import { DEFAULT_PROFILE, type Profile } from '../schemas/profile';
import { DEFAULT_SETTINGS, type Settings } from '../schemas/settings';
import { defineStoredItems, type StoredItems } from './stored-items';

export interface AppState {
  loaded: ReadonlySignal<boolean>;
  profile: ReadonlySignal<Profile>;
  settings: ReadonlySignal<Settings>;
  notices: ReadonlySignal<string[]>;
  /** A red flag was ticked on the safety screen: show the stop screen, never a plan. */
  stopped: ReadonlySignal<boolean>;
  week: ReadonlySignal<{ week: number; finished: boolean }>;
  today: ReadonlySignal<Day>;
  load: () => Promise<void>;
  setAnswer: <K extends keyof Answers>(field: K, value: Answers[K]) => Promise<void>;
  confirmSafety: () => Promise<void>;
  goToStep: (step: number) => Promise<void>;
  finish: () => Promise<void>;
  retake: () => Promise<void>;
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
  const stopped = computed(() => profile.value.safetyAnswered && profile.value.answers.redFlags.length > 0 && profile.value.step > 0);

  const saveProfile = async (next: Profile) => {
    profile.value = next;
    await items.profile.write(next);
  };
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
    stopped,
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
    confirmSafety: () => saveProfile({ ...profile.value, safetyAnswered: true, step: 1 }),
    goToStep: (step) => saveProfile({ ...profile.value, step: Math.max(0, step) }),
    async finish() {
      if (!settings.value.startDate) await saveSettings({ ...settings.value, startDate: localIsoDate(date.value) });
      await saveProfile({ ...profile.value, done: true });
    },
    // The safety screen is asked again on every retake: things change.
    retake: () => saveProfile({ ...profile.value, done: false, safetyAnswered: false, step: 0 }),
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
