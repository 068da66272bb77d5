import * as z from 'zod/mini';
import { isRealIsoDate } from './real-iso-date';

export { ISO_DATE_PATTERN, isRealIsoDate } from './real-iso-date';

/** A calendar date as stored and exchanged: YYYY-MM-DD, a real day. */
export const IsoDateSchema = z.string().check(z.refine(isRealIsoDate, 'a real date as YYYY-MM-DD'));
