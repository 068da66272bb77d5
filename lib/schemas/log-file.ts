import * as z from 'zod/mini';
import { IsoDateSchema } from './iso-date';
import { LOG_VERSION, LogEntriesSchema, type Log } from './log';

/** The log contract: what the extension exports and what `--log` reads; strict, like the answers. */
export const LogSchema: z.ZodMiniType<Log> = z.strictObject({
  version: z.literal(LOG_VERSION),
  /** The programme's first Monday. */
  start: IsoDateSchema.check(z.refine((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1, 'a Monday')),
  ...LogEntriesSchema.shape,
});
