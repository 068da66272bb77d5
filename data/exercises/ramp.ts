import { type Dosage } from '../../lib/schemas/exercise';
import { PROGRAMME_WEEKS } from '../../lib/schemas/programme';

type Numeric = 'sets' | 'reps' | 'seconds' | 'minutes';
const NUMERIC: readonly Numeric[] = ['sets', 'reps', 'seconds', 'minutes'];

/**
 * The eight weekly dosage steps from a starting dose to a target dose, in even steps.
 * Seconds (and minutes from 10 up) round to 5, so the sheet reads cleanly.
 */
export function ramp(from: Dosage, to: Dosage = from): Dosage[] {
  return Array.from({ length: PROGRAMME_WEEKS }, (_, step) => {
    const t = step / (PROGRAMME_WEEKS - 1);
    const dose: Dosage = {};
    for (const key of NUMERIC) {
      const a = from[key];
      const b = to[key] ?? a;
      if (a === undefined || b === undefined) continue;
      const raw = a + (b - a) * t;
      // Holds and long sessions read better in fives: 35 s, 25 min.
      const fives = key === 'seconds' || (key === 'minutes' && raw >= 10);
      dose[key] = fives ? Math.max(5, Math.round(raw / 5) * 5) : Math.max(1, Math.round(raw));
    }
    if (from.perSide) dose.perSide = true;
    return dose;
  });
}
