/** The programme's length in weeks, one dosage step a week. */
export const PROGRAMME_WEEKS = 8;

/** The programme's weeks, 1 to 8. */
export const PROGRAMME_WEEK_NUMBERS: readonly number[] = Array.from({ length: PROGRAMME_WEEKS }, (_, i) => i + 1);
