// No zod here: the popup's first screen reads this list, and zod loads only when a value needs checking.

/** Days of the week, Monday first; Monday follows Sunday (answers.ts builds DaySchema from it). */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];
