// No zod here (and no imports): the popup's first screen starts from these, and zod loads only when a stored value needs checking.

export const LOG_VERSION = 1;

/** Nothing logged (log.ts gives it its LogEntries type). */
export const EMPTY_LOG = { sessions: [] as never[], mornings: [] as never[], flares: [] as never[], shoes: [] as never[] };
