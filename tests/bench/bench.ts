import { benchPlan } from './bench-plan';
import { benchPopup } from './bench-popup';
import { benchReport } from './bench-report';
import { benchSheet } from './bench-sheet';

type Figures = Record<string, number | boolean>;

const json = process.argv.includes('--json');
// --trace: where the popup's time goes, printed before the table (on stderr with --json).
const trace = process.argv.includes('--trace') ? (text: string) => (json ? process.stderr : process.stdout).write(`\n${text}\n`) : undefined;

/** Each entry measures some figures; the goals are the budgets the issues name. */
const BENCHES: { name: string; run: () => Promise<Figures>; goals: Record<string, string> }[] = [
  { name: 'plan', run: benchPlan, goals: { planMs: '< 1', planWithLogMs: '< 1' } },
  { name: 'sheet', run: benchSheet, goals: { sheetMs: '<= 25', sheetBytes: '< 40000' } },
  { name: 'report', run: benchReport, goals: { reportMs: '< 50' } },
  {
    name: 'popup (builds, then real Chromium)',
    run: () => benchPopup({ trace }),
    goals: {
      popupVsBlankReturning: '<= 1.25',
      popupVsBlankNewRunner: '<= 1.3',
      popupVsBlankReturningCold: '(no copy for the day: plan built afresh)',
      popupVsBlankNewRunnerCold: '(no copy for the day)',
      blankMs: '(the floor)',
      popupReadyMs: 'as low as possible',
      popupReadyMsCold: 'as low as possible',
      popupInitialJsGzipBytes: '<= 22000',
      popupInitialJsGzipBytesNewRunner: '<= 22000',
      popupInitialJsGzipBytesCold: '(no copy for the day)',
      popupInitialJsGzipBytesNewRunnerCold: '(no copy for the day)',
      pdfLibInPopup: 'false',
    },
  },
];

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const figures: Figures = {};
const goals: Record<string, string> = {};
for (const bench of BENCHES) {
  if (only && !bench.name.startsWith(only)) continue;
  if (!json) process.stderr.write(`measuring ${bench.name}...\n`);
  Object.assign(figures, await bench.run());
  Object.assign(goals, bench.goals);
}

if (json) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  const rows = Object.entries(figures).map(([name, value]) => [name, String(value), goals[name] ?? '']);
  const widths = [0, 1, 2].map((i) => Math.max(...[['figure', 'measured', 'goal'], ...rows].map((r) => r[i]!.length)));
  for (const row of [['figure', 'measured', 'goal'], ...rows]) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i]!)).join('  ')}\n`);
}
