import { DEFAULT_REST_SECONDS } from './rest-seconds';
import type { Settings } from './settings';

// No zod here: the popup's first screen starts from these, and zod loads only when a stored value needs checking.

// The beep is on for a new runner (guided timers are followed from across the room); the setting mutes it.
export const DEFAULT_SETTINGS: Settings = { units: 'km', paper: 'a4', startDate: null, sound: true, restSeconds: DEFAULT_REST_SECONDS };
