import * as z from 'zod/mini';
import { CAUSE_IDS } from './cause-ids';

export { CAUSE_IDS, CAUSE_TIE_ORDER, LIKELY_SCORE, MAX_SHOWN_CAUSES, type CauseId } from './cause-ids';

/** The eight likely causes, in table order (the order that breaks score ties). */
export const CauseIdSchema = z.enum(CAUSE_IDS);
