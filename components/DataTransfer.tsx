import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { BackstrideExport } from '../lib/schemas/export';
import type { AppState } from '../lib/state/app-state';
import { defineDeskItems } from '../lib/state/desk-items';
import type { ExportSummary } from '../lib/state/summarise-export';
import { ImportPreview } from './ImportPreview';

/** A file bigger than this is not an export (a year of daily entries is well under 1 MB). */
const MAX_FILE_BYTES = 5_000_000;

type Step =
  | { name: 'idle' }
  | { name: 'preview'; data: BackstrideExport; summary: ExportSummary }
  | { name: 'refused'; errors: string[] }
  | { name: 'done'; text: string };

/** Starts a download of `text` as `name`, from this page. */
function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // Not at once: the browser reads the file after this click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Settings' export and import: the whole of the runner's data as one file, and back. */
export function DataTransfer({ state }: { state: AppState }) {
  const step = useSignal<Step>({ name: 'idle' });
  const items = useMemo(() => ({ stored: state.items, desk: defineDeskItems() }), [state]);
  const exportError = useSignal<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const said = useRef<HTMLParagraphElement>(null);
  // Focus follows the question: to the safe answer when a preview asks, to the message after.
  useEffect(() => {
    if (step.value.name === 'preview') cancel.current?.focus();
    if (step.value.name === 'done' || step.value.name === 'refused') said.current?.focus();
  }, [step.value]);

  const exportData = async () => {
    exportError.value = null;
    try {
      const [{ readStoredData }, { buildExport, exportFileName }] = await Promise.all([import('../lib/state/transfer-data'), import('../lib/state/build-export')]);
      const data = buildExport(await readStoredData(items), new Date());
      download(`${JSON.stringify(data, null, 2)}\n`, exportFileName(state.todayIso.value));
    } catch (error) {
      exportError.value = `We could not make the file (${error instanceof Error ? error.message : String(error)}).`;
    }
  };

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) return void (step.value = { name: 'refused', errors: ['This file is too big to be a Backstride export.'] });
    const [{ parseExport }, { summariseExport }] = await Promise.all([import('../lib/schemas/parse-export'), import('../lib/state/summarise-export')]);
    let parsed: ReturnType<typeof parseExport>;
    try {
      parsed = parseExport(await chosen.text());
    } catch {
      parsed = { ok: false, errors: ['This file could not be read.'] };
    }
    step.value = parsed.ok ? { name: 'preview', data: parsed.value, summary: summariseExport(parsed.value) } : { name: 'refused', errors: parsed.errors };
  };

  const reset = () => {
    if (file.current) file.current.value = '';
  };
  const replace = async (data: BackstrideExport) => {
    reset();
    try {
      await (await import('../lib/state/transfer-data')).replaceAllData(data, items);
    } catch (error) {
      return void (step.value = { name: 'refused', errors: [`Your browser would not store it (${error instanceof Error ? error.message : String(error)}).`] });
    }
    // Every open page shows the imported data as storage tells it of the change; old notices go.
    state.dismissNotices();
    step.value = { name: 'done', text: 'Your data is back in place. Done takes you to your plan.' };
  };

  const s = step.value;
  return (
    <section class="data-transfer" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export and import</h2>
      <p class="hint">One file with your answers, settings, log, ticks and breaks: to keep, or to move to another browser.</p>
      <button type="button" class="secondary" onClick={() => void exportData()}>
        Export my data
      </button>
      {exportError.value && (
        <p class="error" role="alert">
          {exportError.value}
        </p>
      )}
      <div class="field">
        <label for="import-file">Import from a file</label>
        <input
          id="import-file"
          ref={file}
          type="file"
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={(e) => void choose(e.currentTarget.files?.[0])}
        />
        <p class="hint" id="import-hint">
          You see what the file holds before anything changes.
        </p>
      </div>
      {s.name === 'preview' && (
        <ImportPreview
          summary={s.summary}
          cancelRef={cancel}
          onReplace={() => void replace(s.data)}
          onCancel={() => {
            reset();
            step.value = { name: 'idle' };
          }}
        />
      )}
      {s.name === 'refused' && (
        <div class="import-refused" role="alert">
          <p class="error" tabIndex={-1} ref={said}>
            That file was not imported, and nothing was changed:
          </p>
          <ul class="small">
            {s.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {s.name === 'done' && (
        <p role="status" tabIndex={-1} ref={said}>
          {s.text}
        </p>
      )}
    </section>
  );
}
