import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { CHECKLISTS } from '../../data/checklists';
import { RUN_CUES } from '../../data/run-cues';
import { EXERCISES } from '../../data/exercises';
import { DESK_ROUTINE_IDS } from '../../data/exercises/desk';
import { listHistory, type HistoryDay } from '../domain/checklist-progress';
import { tailorChecklist, type TailoredItem } from '../domain/tailor-checklist';
import { localIsoDate, shiftIsoDate } from '../domain/calendar';
import { deskRoutine } from '../domain/desk-routine';
import { stopMessages } from '../words/safety-words';
import { DEFAULT_BREAK_SETTINGS, type BreakSettings, type ChecklistId, type RunCue } from '../schemas/checklist';
import type { Plan, PlanItem } from '../schemas/plan';
import type { AppState } from './app-state';
import { breakChange, tickChange } from './by-day';
import { defineDeskItems, type DeskItems } from './desk-items';
import { createOpenLists, type OpenLists } from './open-lists';
import { syncValue } from './synced-value';
import { planAnswers } from '../schemas/profile-values';

export interface DeskList {
  id: ChecklistId;
  title: string;
  items: TailoredItem[];
  history: HistoryDay[];
}

export interface DeskState {
  loaded: ReadonlySignal<boolean>;
  today: ReadonlySignal<string>;
  lists: ReadonlySignal<DeskList[]>;
  /** Which lists are open, remembered for this page's session. */
  openLists: OpenLists;
  /** Posture cues for the run: to read, never ticked. */
  runCues: readonly RunCue[];
  /** While the safety gate stops the plan: its words (the direction first), and no exercise. Else null. */
  stop: ReadonlySignal<string[] | null>;
  /** The one-minute desk routine for this runner; empty means a break is just "stand up and move". */
  routine: ReadonlySignal<PlanItem[]>;
  ticked: ReadonlySignal<ReadonlySet<string>>;
  breakSettings: ReadonlySignal<BreakSettings>;
  breaksThisWeek: ReadonlySignal<{ taken: number; skipped: number }>;
  notices: ReadonlySignal<string[]>;
  /** Turning breaks on is waiting for the runner's answer to the notifications prompt. */
  breakPending: ReadonlySignal<boolean>;
  /** Why breaks are off when the runner tried to turn them on. */
  breakMessage: ReadonlySignal<string | null>;
  /** A break alarm went off while this page was open, and the runner has not answered it yet. */
  breakDue: ReadonlySignal<boolean>;
  load: () => Promise<void>;
  tick: (itemId: string, on: boolean) => Promise<void>;
  /** Re-reads the clock: ticks belong to the local day and a new day starts fresh. */
  refreshDay: () => void;
  setBreaks: (patch: Partial<BreakSettings>) => Promise<void>;
  /** The break alarm went off: offer the break here, if breaks are on. */
  announceBreak: () => void;
  /** The runner's answer to the offered break: counted as taken or skipped, or put off ten minutes. */
  answerBreak: (answer: 'take' | 'snooze' | 'skip') => Promise<void>;
  dismissNotices: () => void;
  dispose: () => void;
}

export interface DeskDeps {
  app: AppState;
  /** The page's plan (its likely causes pick the "for you" items); null: none, so none are picked. */
  plan: ReadonlySignal<Plan | null>;
  items?: DeskItems;
  now?: () => Date;
  /** Asks for the notifications permission, inside the click that turns breaks on. */
  requestNotifications: () => Promise<boolean>;
  /** Puts the next break off by ten minutes. */
  snoozeBreak: () => Promise<void>;
  /** Where open and closed lists are remembered (the page's sessionStorage). */
  session?: Pick<Storage, 'getItem' | 'setItem'>;
}

/** The side panel's state: tailored checklists with daily ticks and history, and posture-break settings. */
export function createDeskState({ app, plan, items = defineDeskItems(), now = () => new Date(), requestNotifications, snoozeBreak, session = globalThis.sessionStorage }: DeskDeps): DeskState {
  const loaded = signal(false);
  const today = signal(localIsoDate(now()));
  const breakMessage = signal<string | null>(null);
  const breakDue = signal(false);
  const breakPending = signal(false);
  const notices = signal<string[]>([]);
  const notice = (n: string | null) => void (n && !notices.value.includes(n) && (notices.value = [...notices.value, n]));
  // Each change re-reads and merges with what is stored: the background and other panels write these too.
  const synced = { ticks: syncValue(items.ticks, {}, notice), breakSettings: syncValue(items.breakSettings, DEFAULT_BREAK_SETTINGS, notice), breakLog: syncValue(items.breakLog, {}, notice) };
  const ticks = synced.ticks.value;
  const breakSettings = synced.breakSettings.value;
  const breakLog = synced.breakLog.value;

  // The plan's own likely causes: the same the popup shows, none under a stop.
  const causes = computed(() => plan.value?.causes ?? []);
  const lists = computed(() =>
    CHECKLISTS.map((list) => ({ id: list.id, title: list.title, items: tailorChecklist(list, causes.value), history: listHistory(list, ticks.value, today.value) })),
  );

  const stop = computed(() => (app.stopped.value ? stopMessages(app.triage.value) : null));
  const routine = computed(() => (stop.value ? [] : deskRoutine(planAnswers(app.profile.value), EXERCISES, DESK_ROUTINE_IDS)));

  return {
    loaded,
    today,
    lists,
    openLists: createOpenLists(session),
    runCues: RUN_CUES,
    stop,
    routine,
    ticked: computed(() => new Set(ticks.value[today.value] ?? [])),
    breakSettings,
    breaksThisWeek: computed(() =>
      Object.entries(breakLog.value)
        .filter(([day]) => day > shiftIsoDate(today.value, -7))
        .reduce((sum, [, d]) => ({ taken: sum.taken + d.taken, skipped: sum.skipped + d.skipped }), { taken: 0, skipped: 0 }),
    ),
    notices,
    breakMessage,
    breakPending,
    breakDue,
    async load() {
      await Promise.all(Object.values(synced).map((s) => s.load()));
      loaded.value = true;
    },
    async tick(itemId, on) {
      today.value = localIsoDate(now());
      await synced.ticks.update(tickChange(today.value, itemId, on));
    },
    refreshDay: () => {
      today.value = localIsoDate(now());
    },
    async setBreaks(patch) {
      const change = { ...patch };
      const asking = Boolean(patch.enabled && !breakSettings.value.enabled);
      // Until the prompt is answered and the answer stored, the switch shows it is waiting, not "on".
      if (asking) breakPending.value = true;
      try {
        if (asking && !(await requestNotifications())) {
          breakMessage.value = 'Breaks need permission to show notifications, and it was not given. You can turn them on again at any time.';
          change.enabled = false;
        } else if (patch.enabled !== undefined) {
          breakMessage.value = null;
        }
        await synced.breakSettings.update((s) => ({ ...s, ...change }));
      } finally {
        if (asking) breakPending.value = false;
      }
    },
    announceBreak: () => {
      if (breakSettings.value.enabled) breakDue.value = true;
    },
    async answerBreak(answer) {
      breakDue.value = false;
      if (answer === 'snooze') return snoozeBreak();
      await synced.breakLog.update(breakChange(localIsoDate(now()), answer === 'take' ? 'taken' : 'skipped'));
    },
    dismissNotices: () => {
      notices.value = [];
      void Promise.all([items.ticks.dismiss(), items.breakSettings.dismiss(), items.breakLog.dismiss()]).catch(() => undefined);
    },
    dispose: () => Object.values(synced).forEach((s) => s.dispose()),
  };
}
