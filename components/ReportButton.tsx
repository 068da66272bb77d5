import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Answers } from '../lib/schemas/answers';
import type { Log } from '../lib/schemas/log';
import type { Paper, Units } from '../lib/schemas/settings';

interface Props {
  answers: Answers;
  log: Log;
  /** YYYY-MM-DD */
  today: string;
  units: Units;
  paper: Paper;
}

/** "Report for your physio": makes the one-page progress report on click and downloads it. */
export function ReportButton({ answers, log, today, units, paper }: Props) {
  const busy = useSignal(false);
  const said = useSignal<string | null>(null);
  const url = useSignal<string | null>(null);
  useEffect(() => () => void (url.value && URL.revokeObjectURL(url.value)), []);

  const make = async () => {
    busy.value = true;
    said.value = 'Making your report…';
    try {
      // Loaded on click: the report's code and pdf-lib stay out of the page until asked for.
      const { makeReport } = await import('../lib/state/make-report');
      const bytes = await makeReport(answers, log, today, units, paper);
      if (url.value) URL.revokeObjectURL(url.value);
      url.value = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      const link = document.createElement('a');
      link.href = url.value;
      link.download = `backstride-report-${today}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      said.value = 'Your report is downloaded: one page to show your physiotherapist.';
    } catch (e) {
      said.value = `The report could not be made: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      busy.value = false;
    }
  };

  return (
    <div class="report-for-physio">
      <button type="button" class="secondary" onClick={make} disabled={busy.value}>
        Report for your physio
      </button>
      <span class="small" role="status">
        {said.value ?? 'Your answers, weeks, pain chart and shoes on one page.'}
      </span>
    </div>
  );
}
