// No zod here: the popup's first screen starts from these, and zod loads only when a stored value needs checking.

/** The rests a runner can choose between the sets of a guided exercise, in seconds. */
export const REST_SECONDS = [10, 20, 30, 45, 60] as const;
export type RestSeconds = (typeof REST_SECONDS)[number];
/** A rest long enough to breathe, short enough to stay warm. */
export const DEFAULT_REST_SECONDS: RestSeconds = 20;
