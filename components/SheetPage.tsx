import { useSignal, useSignalEffect } from '@preact/signals';
import { useMemo, useRef } from 'preact/hooks';
import type { AppState } from '../lib/state/app-state';
import { PROGRAMME_WEEK_NUMBERS, PROGRAMME_WEEKS } from '../lib/schemas/programme';
import { planAnswers } from '../lib/schemas/profile';
import type { Paper } from '../lib/schemas/settings';
import { makeSheet } from '../lib/state/make-sheet';
import { createPlanSignal } from '../lib/state/plan-model';
import { Disclaimer } from './Disclaimer';
import { NoticeBar } from './NoticeBar';
import { ReportButton } from './ReportButton';

const ALL_WEEKS = 0;

/** The printable week: choose week and paper, preview the PDF, print or download it. */
export function SheetPage({ state }: { state: AppState }) {
  const week = useSignal<number | null>(null);
  const paper = useSignal<Paper | null>(null);
  const url = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const plan = useMemo(() => createPlanSignal(state), [state]);
  const chosenWeek = week.value ?? state.week.value.week;
  const chosenPaper = paper.value ?? state.settings.value.paper;

  useSignalEffect(() => {
    const w = week.value ?? state.week.value.week;
    const p = paper.value ?? state.settings.value.paper;
    if (!state.loaded.value || !plan.value) return;
    let cancelled = false;
    const weeks = w === ALL_WEEKS ? PROGRAMME_WEEK_NUMBERS : [w];
    makeSheet({ answers: state.profile.value.answers, weeks, settings: { ...state.settings.value, paper: p } })
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
          Week{' '}
          <select value={chosenWeek} onChange={(e) => (week.value = Number(e.currentTarget.value))}>
            {PROGRAMME_WEEK_NUMBERS.map((n) => (
              <option key={n} value={n}>
                Week {n} of {PROGRAMME_WEEKS}
              </option>
            ))}
            <option value={ALL_WEEKS}>All 8 weeks, a page each</option>
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
          <a class="button secondary" href={url.value} download={chosenWeek === ALL_WEEKS ? 'backstride-weeks-1-8.pdf' : `backstride-week-${chosenWeek}.pdf`}>
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
      {url.value && <iframe ref={frame} class="sheet-preview" src={url.value} title={chosenWeek === ALL_WEEKS ? 'All 8 weeks, sheet preview' : `Week ${chosenWeek} sheet preview`} />}
      <Disclaimer />
    </main>
  );
}
