import * as z from 'zod/mini';
import { parseIsoDate } from '../domain/calendar';

/** A calendar date as YYYY-MM-DD that exists: 2026-13-45 matches the pattern but is no date. */
export const IsoDateSchema = z.string().check(z.refine((text) => parseIsoDate(text) !== null, 'a real date, YYYY-MM-DD'));
