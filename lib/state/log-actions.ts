import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { shiftIsoDate } from '../domain/calendar';
import { withFlare, withMorning, withoutFlare, withSession, withShoes } from '../domain/log-entries';
import type { Log, LogEntries, LoggedSession, Morning } from '../schemas/log';
import type { Profile } from '../schemas/profile';
import { PAIN } from '../schemas/thresholds';
import { checkInPutOff } from './check-in-put-off';

/** What a page can log, and the one question the log asks back (the morning check-in). */
export interface LogActions {
  /** The morning after a session: ask how the back is, once (until answered or put off for the day). */
  checkInDue: ReadonlySignal<boolean>;
  /** Logs a session (one per day and kind: logging it again corrects it). */
  logSession: (session: LoggedSession) => Promise<void>;
  /** Logs this morning's check-in; pain of 9-10 is the severe-pain stop, at once. */
  logMorning: (morning: Omit<Morning, 'date'>) => Promise<void>;
  /** "Not today": no morning check-in until tomorrow. */
  dismissCheckIn: () => void;
  /** Logs a flare today: the step drops at once, a notice says so, with an undo. */
  logFlare: () => Promise<void>;
  /** A pair of shoes in use from today, with `km` already on it (the pair before retires). */
  startShoes: (name: string, km: number) => Promise<void>;
}

/** What the log's actions need from the page's state (see app-state.ts). */
export interface LogDeps {
  todayIso: ReadonlySignal<string>;
  logEntries: ReadonlySignal<LogEntries>;
  log: ReadonlySignal<Log | null>;
  planAllowed: ReadonlySignal<boolean>;
  saveLog: (change: (l: LogEntries) => LogEntries) => Promise<void>;
  saveProfile: (change: (p: Profile) => Profile) => Promise<void>;
  /** The severe-pain stop for `level` (0-10), as the stop screen's own pain answer records it. */
  severePain: (level: number) => Promise<unknown>;
  /** Says what the last action did, with a way to take it back. */
  say: (text: string | null, takeBack?: (() => void) | null) => void;
}

/** The safety step (and about-you) again, then straight back to the plan. */
export const screenAgain = (p: Profile): Profile => (p.done ? { ...p, safetyAnswered: false, step: 0, rescreen: true } : p);

export function createLogActions({ todayIso, logEntries, log, planAllowed, saveLog, saveProfile, severePain, say }: LogDeps): LogActions {
  const putOff = signal(checkInPutOff.read());
  /**
   * Pain logged today (a session or a morning): 9-10 is the severe-pain stop at once, with its own
   * words (it lifts at 8 or less); 7 or more asks the whole safety step again before the next session.
   */
  const afterPain = async (pain: number | undefined) => {
    if (pain === undefined || pain < PAIN.pauseFrom) return;
    if (pain >= PAIN.stopFrom) await severePain(pain);
    await saveProfile(screenAgain);
  };

  return {
    checkInDue: computed(() => {
      const today = todayIso.value;
      const entries = logEntries.value;
      const yesterday = shiftIsoDate(today, -1);
      return (
        planAllowed.value &&
        log.value !== null &&
        putOff.value !== today &&
        !entries.mornings.some((m) => m.date === today) &&
        entries.sessions.some((s) => s.date === yesterday)
      );
    }),
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
      if (logEntries.value.flares.includes(today)) return say('Your flare today is already logged.');
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
  };
}
