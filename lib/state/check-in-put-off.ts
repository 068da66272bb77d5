import { isRealIsoDate } from '../schemas/real-iso-date';

// The day the runner said "Not today" to the morning check-in. Kept in the extension's own
// localStorage: read synchronously as the popup opens, it costs no storage round trip.
const KEY = 'backstride.checkInPutOff';

/** The day the morning check-in was put off (YYYY-MM-DD), or null. */
export const checkInPutOff = {
  read(): string | null {
    try {
      const value = globalThis.localStorage?.getItem(KEY) ?? null;
      return value !== null && isRealIsoDate(value) ? value : null;
    } catch {
      return null;
    }
  },
  /** Stores the day, or forgets it (null); a browser that refuses only means the question comes back. */
  write(day: string | null): void {
    try {
      if (day === null) globalThis.localStorage?.removeItem(KEY);
      else globalThis.localStorage?.setItem(KEY, day);
    } catch {
      // Nothing to lose: the check-in is asked again.
    }
  },
};
