/** The programme's length in weeks, one dosage step a week. */
export const PROGRAMME_WEEKS = 8;
