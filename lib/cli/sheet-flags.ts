import { PROGRAMME_WEEKS } from '../schemas/programme';
import { PAPER, type Paper } from '../pdf/tokens';
import { localDate, parseIsoDate } from '../domain/calendar';
import { CliError, EXIT } from './cli-error';
import { parseWeek } from './parse-week';

export interface SheetFlags {
  out: string;
  weeks: number[];
  paper: Paper;
  start: Date;
}

const bad = (message: string) => new CliError(EXIT.badInput, [`sheet: ${message}`]);

/** Parses `--weeks A-B` into the list of weeks. */
function parseWeekRange(value: string): number[] {
  const m = /^(\d+)-(\d+)$/.exec(value);
  const [a, b] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  if (!m || a < 1 || b > PROGRAMME_WEEKS || a > b) throw bad(`--weeks must be a range A-B within 1-${PROGRAMME_WEEKS}, such as 1-8; got "${value}"`);
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** Checks the sheet command's flags, one clear message for the first problem. */
export function parseSheetFlags(values: Record<string, string | boolean | undefined>, now = new Date()): SheetFlags {
  const get = (k: string) => values[k] as string | undefined;
  const out = get('out');
  if (!out) throw bad('--out FILE.pdf is required');
  if (get('week') !== undefined && get('weeks') !== undefined) throw bad('use --week N or --weeks A-B, not both');
  const weeks = get('weeks') !== undefined ? parseWeekRange(get('weeks')!) : [parseWeek(get('week'), 'sheet')];
  const paper = get('paper') ?? 'a4';
  if (!Object.hasOwn(PAPER, paper)) throw bad(`--paper must be one of: ${Object.keys(PAPER).join(', ')}; got "${paper}"`);
  const startText = get('start');
  const start = startText === undefined ? localDate(now) : parseIsoDate(startText);
  if (!start) throw bad(`--start must be a real date as YYYY-MM-DD; got "${startText}"`);
  return { out, weeks, paper: paper as Paper, start };
}
