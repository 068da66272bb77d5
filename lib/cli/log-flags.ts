import { isoDate, localDate, parseIsoDate } from '../domain/calendar';
import type { Log } from '../schemas/log';
import { badInput } from './cli-error';
import type { CliIo } from './cli-io';
import { readLog } from './read-log';

/** `--log FILE [--today YYYY-MM-DD]`: the log and the day to plan for; `--today` means nothing without a log. */
export async function readLogFlags(values: Record<string, unknown>, command: string, io: CliIo): Promise<{ log: Log; today: string } | null> {
  const logPath = values.log as string | undefined;
  const todayText = values.today as string | undefined;
  if (logPath === undefined) {
    if (todayText !== undefined) throw badInput(command, '--today needs --log: it picks the day the log is read up to');
    return null;
  }
  if (todayText !== undefined && !parseIsoDate(todayText)) throw badInput(command, `--today must be a real date as YYYY-MM-DD; got "${todayText}"`);
  const log = await readLog(logPath, command, io);
  const today = todayText ?? isoDate(localDate(io.now()));
  if (today < log.start) throw badInput(command, `--today (${today}) is before the log's start (${log.start})`);
  return { log, today };
}
