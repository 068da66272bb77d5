import { likelyCauses } from '../domain/likely-causes';
import { PROGRAMME_WEEKS } from '../schemas/programme';
import { formatDistance } from '../domain/units';
import type { Plan, WeekPlan } from '../schemas/plan';
import type { Units } from '../schemas/settings';
import { layoutGrid } from './layout-grid';
import { layoutHeader } from './layout-header';
import { footerHeight, layoutFooter, layoutNotes } from './layout-notes';
import { layoutPanel, type SheetLibrary } from './layout-panel';
import { Pen } from './pen';
import type { PageLayout, SheetLayout, TextMeasure } from './sheet-layout';
import { GAP, MARGIN, PAPER, type Paper } from './tokens';
import { addDays, weekStart } from '../domain/calendar';
import { dateRange } from './week-dates';

export interface SheetRequest {
  /** One plan per page, each for its own programme week. */
  plans: readonly Plan[];
  /** The programme's start date (UTC midnight). */
  start: Date;
  paper: Paper;
  /** Distances on the sheet; km unless the runner chose miles. */
  units?: Units;
}

function capText(week: WeekPlan, units: Units): string {
  if (week.runCapKm > 0) return `Run distance this week: at most ${formatDistance(week.runCapKm, units)}`;
  const runWalk = week.days.some((d) => d.sessions.some((s) => s.kind === 'run'));
  return runWalk ? 'Run/walk intervals this week' : 'No runs this week';
}

/** One page: header, week grid, notes, exercise panel and footer. */
function layoutPage(plan: Plan, req: SheetRequest, library: SheetLibrary, measure: TextMeasure): PageLayout {
  const { start, paper, units = 'km' } = req;
  const week = plan.week;
  if (!week) throw new Error('a safety stop has no sheet');
  const { width, height } = PAPER[paper];
  const pen = new Pen(measure);
  const inner = width - MARGIN * 2;
  const monday = weekStart(start, week.number);
  let y = MARGIN;
  const progress = plan.progress;
  const title = progress ? `Week ${progress.calendarWeek}: step ${progress.step} of ${PROGRAMME_WEEKS}` : `Week ${week.number} of ${PROGRAMME_WEEKS}`;
  const progressLine = progress ? [...progress.reasons, ...(progress.notImproving ? ['not improving as expected: see a physiotherapist'] : [])].join('; ') : undefined;
  y += layoutHeader(pen, { x: MARGIN, y, width: inner, title, progressLine, dates: dateRange(monday, addDays(monday, 6)), capText: capText(week, units), causes: likelyCauses(plan.causes) });
  y += GAP;
  y += layoutGrid(pen, week, monday, MARGIN, y, inner, units) + GAP;
  // The referral heads the notes: on paper it is what a runner most needs to act on.
  const referral = plan.safety.referral ? [{ id: 'referral', text: plan.safety.messages.join(' ') }] : [];
  const notesH = layoutNotes(pen, [...referral, ...week.notes], MARGIN, y, inner);
  y += notesH + (notesH > 0 ? GAP : 0);
  const bottom = height - MARGIN;
  const footerTop = bottom - footerHeight(pen, inner);
  layoutPanel(pen, week, library, { x: MARGIN, y, w: inner, h: footerTop - GAP - y });
  layoutFooter(pen, MARGIN, bottom, inner);
  return { width, height, items: pen.items };
}

/** The sheet as a plain payload: what goes where, measured. */
export function layoutSheet(req: SheetRequest, library: SheetLibrary, measure: TextMeasure): SheetLayout {
  const numbers = req.plans.map((p) => p.week?.number ?? 0);
  // With a log, the calendar week and the step can differ: the title says both, as the page's header does.
  const progress = req.plans.length === 1 ? req.plans[0]!.progress : undefined;
  const weeks =
    progress && progress.calendarWeek !== progress.step
      ? `week ${progress.calendarWeek}, step ${progress.step}`
      : numbers.length === 1
        ? `week ${progress?.calendarWeek ?? numbers[0]}`
        : `weeks ${numbers[0]}-${numbers.at(-1)}`;
  return {
    title: `Backstride: ${weeks} of ${PROGRAMME_WEEKS}`,
    subject: 'A weekly routine for lower back pain in runners: warm-up, strength, cool-down and cross-training.',
    pages: req.plans.map((plan) => layoutPage(plan, req, library, measure)),
  };
}
