import { useSignal, useSignalEffect } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { AppState } from '../lib/state/app-state';
import { PROGRAMME_WEEKS } from '../lib/schemas/programme';
import { planAnswers } from '../lib/schemas/profile-values';
import type { Paper } from '../lib/schemas/settings';
import { makeSheet, type SheetChoice } from '../lib/state/make-sheet';
import type { PlanModel } from '../lib/state/plan-model';
import { weekHeading } from './plan/week-heading';
import { Disclaimer } from './Disclaimer';
import { NoticeBar } from './NoticeBar';
import { ReportButton } from './ReportButton';

type Pages = 'this-week' | 'all-steps';

/** The printable week: this week (or every step as a preview) on the chosen paper; preview, print or download it. */
export function SheetPage({ state, model }: { state: AppState; model: PlanModel }) {
  const pages = useSignal<Pages>('this-week');
  const paper = useSignal<Paper | null>(null);
  const url = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const plan = model.plan;
  const chosenPaper = paper.value ?? state.settings.value.paper;

  useSignalEffect(() => {
    const which = pages.value;
    const p = paper.value ?? state.settings.value.paper;
    const units = state.settings.value.units;
    const thisWeek = plan.value;
    const inputs = model.inputs.value;
    if (!state.loaded.value || !thisWeek || !inputs) return;
    let cancelled = false;
    const choice: Promise<SheetChoice> =
      which === 'this-week'
        ? Promise.resolve({ kind: 'this-week', plan: thisWeek, log: inputs.log })
        : import('../lib/state/plan-pipeline').then((m) => ({ kind: 'all-steps', plans: m.stepPreviews(inputs.answers, units), startDate: state.settings.peek().startDate }));
    choice
      .then((c) => makeSheet(c, { paper: p, units }))
      .then((bytes) => {
        if (cancelled) return;
        if (url.value) URL.revokeObjectURL(url.value);
        url.value = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
        error.value = null;
      })
      .catch((e: unknown) => (error.value = `The sheet could not be made: ${e instanceof Error ? e.message : String(e)}`));
    return () => {
      cancelled = true;
    };
  });

  if (!state.loaded.value) return <p class="loading">Loading…</p>;
  // Storage notices first: a profile that could not be read must not pass for one not yet made.
  const notices = <NoticeBar notices={state.notices} onDismiss={state.dismissNotices} />;
  if (!plan.value) {
    if (model.status.value === 'loading') return <p class="loading">Loading your plan…</p>;
    return (
      <main class="sheet-page">
        {notices}
        <h1>Your printable week</h1>
        <p>{state.notices.value.length > 0 ? 'There is no plan to print: see the note above, then open Backstride from the toolbar.' : 'There is no plan to print yet. Open Backstride from the toolbar and answer the questions first.'}</p>
        <Disclaimer />
      </main>
    );
  }
  const print = () => {
    // Print the PDF itself where the viewer allows it; otherwise open it so the browser's own print works.
    try {
      frame.current?.contentWindow?.print();
    } catch {
      if (url.value) window.open(url.value);
    }
  };
  return (
    <main class="sheet-page">
      {notices}
      <h1>Your printable week</h1>
      <p>Print it, stick it on the fridge and tick each box as you go.</p>
      <div class="sheet-controls">
        <label>
          Print{' '}
          <select value={pages.value} onChange={(e) => (pages.value = e.currentTarget.value as Pages)}>
            <option value="this-week">This week: {weekHeading(plan.value)}</option>
            <option value="all-steps">All {PROGRAMME_WEEKS} steps from your answers, a page each</option>
          </select>
        </label>
        <label>
          Paper{' '}
          <select value={chosenPaper} onChange={(e) => (paper.value = e.currentTarget.value as Paper)}>
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </label>
        <button type="button" class="primary" onClick={print} disabled={!url.value}>
          Print
        </button>
        {url.value ? (
          <a class="button secondary" href={url.value} download={pages.value === 'all-steps' ? 'backstride-steps-1-8.pdf' : `backstride-week-${plan.value.progress?.calendarWeek ?? plan.value.week?.number ?? 1}.pdf`}>
            Download PDF
          </a>
        ) : (
          <span class="small">Making your sheet…</span>
        )}
      </div>
      {state.log.value && <ReportButton answers={planAnswers(state.profile.value)} log={state.log.value} today={state.todayIso.value} units={state.settings.value.units} paper={chosenPaper} />}
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      {url.value && <iframe ref={frame} class="sheet-preview" src={url.value} title={pages.value === 'all-steps' ? 'All steps, sheet preview' : `${weekHeading(plan.value)}, sheet preview`} />}
      <Disclaimer />
    </main>
  );
}
