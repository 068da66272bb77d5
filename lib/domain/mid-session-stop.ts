import { PAIN } from '../schemas/thresholds';

// Its own module: every surface shows it, and the popup's plan screen should load nothing else of the safety words.

/** The mid-session stop rule every surface carries beside the disclaimer. */
export const MID_SESSION_STOP = `Stop, and walk home from a run, if your back pain goes above ${PAIN.midSessionStopAbove}/10 or if pain, tingling, numbness or weakness spreads further down a leg or into both legs. Never finish the planned distance through it; note it down.`;
