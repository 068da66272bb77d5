import type { Log } from '../schemas/log';

/** What the log says of one week (from `from`, up to but not including `to`). */
export interface WeekSummary {
  /** Run, strength and cross-training sessions logged as done. */
  done: number;
  /** The worst back pain logged in a session or a morning; null when nothing was logged. */
  worstPain: number | null;
  morningPains: number[];
  worseMornings: number;
  flare: boolean;
  runsLogged: number;
  loggedKm: number;
}

/** Sums up one week of the log. */
export function summariseWeek(log: Log, from: string, to: string): WeekSummary {
  const inWeek = (date: string) => date >= from && date < to;
  const sessions = log.sessions.filter((s) => inWeek(s.date));
  const mornings = log.mornings.filter((m) => inWeek(m.date));
  const done = sessions.filter((s) => s.done);
  const runs = done.filter((s) => s.kind === 'run');
  const pains = [...sessions.flatMap((s) => (s.pain === undefined ? [] : [s.pain])), ...mornings.map((m) => m.pain)];
  return {
    done: done.length,
    worstPain: pains.length > 0 ? Math.max(...pains) : null,
    morningPains: mornings.map((m) => m.pain),
    worseMornings: mornings.filter((m) => m.compared === 'worse').length,
    flare: log.flares.some(inWeek),
    runsLogged: runs.length,
    loggedKm: Math.round(runs.reduce((sum, s) => sum + (s.km ?? 0), 0) * 10) / 10,
  };
}
