import type { Dosage } from '../schemas/exercise';
import type { Session } from '../schemas/plan';
import type { Units } from '../schemas/settings';
import { formatDistance } from '../domain/units';
import { SESSION_NAMES } from './session-words';

/** A dosage in a few plain characters: "2 × 10 a side", "3 × 30 s", "25 min". */
export function formatDose(d: Dosage): string {
  const side = d.perSide ? ' a side' : '';
  const sets = d.sets && d.sets > 1 ? `${d.sets} × ` : '';
  if (d.reps && d.seconds) return `${sets}${d.reps}${side}, ${d.seconds} s hold`;
  if (d.reps) return sets || side ? `${sets}${d.reps}${side}` : `${d.reps} reps`;
  if (d.seconds) return `${sets}${d.seconds} s${side}`;
  if (d.minutes) return `${d.minutes} min`;
  return '';
}

/** A session as one short line for the week grid and the popup: "Run 6.3 km", "Strength (8)". */
export function describeSession(s: Session, units: Units = 'km'): string {
  switch (s.kind) {
    case 'warm-up':
      return `${SESSION_NAMES['warm-up']} (${s.items.length})`;
    case 'run':
      if (s.intervals) return `Run/walk ${s.intervals.runMinutes}+${s.intervals.walkMinutes} min × ${s.intervals.repeats}`;
      return `${SESSION_NAMES.run} ${formatDistance(s.km ?? 0, units)}`;
    case 'strength':
      return `${SESSION_NAMES.strength} (${s.items.length})`;
    case 'cool-down':
      return `${SESSION_NAMES['cool-down']} (${s.items.length})`;
    case 'cross-training':
      return `${s.items[0]?.name ?? SESSION_NAMES['cross-training']} ${s.minutes} min`;
    case 'rest':
      return 'Rest: easy walk only';
  }
}
