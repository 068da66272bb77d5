import type { ReportText } from '../words/report-words';
import { layoutReport } from './layout-report';
import { renderLayout } from './render-sheet';
import type { SheetLayout } from './sheet-layout';
import type { Paper } from './tokens';

/** Renders the physiotherapist's report: words -> layout payload -> PDF bytes (one page). */
export function renderReport(report: ReportText, paper: Paper, now = new Date()): Promise<{ bytes: Uint8Array; layout: SheetLayout }> {
  return renderLayout((measure) => layoutReport(report, paper, measure), now);
}
