import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { useExtensionPerTest } from '../support/extension';
import { goodWeek, logOf } from '../support/log-builder';

// The physiotherapist's report from the sheet page, in real Chromium: a runner three weeks into the
// programme, with a log, downloads a valid one-page PDF that lists the weeks they ran.

const extension = useExtensionPerTest();

type Chrome = { chrome: { storage: { local: { set: (v: object) => Promise<void> } } } };

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const now = new Date();
/** The Monday three weeks before this week's: today is in programme week 4. */
const START = iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7) - 21));
const { sessions, mornings, flares, shoes } = logOf([goodWeek(2), goodWeek(4), goodWeek(3)], START, [{ name: 'Blue trainers', startKm: 420, from: START }]);

const SEED = {
  profile: { answers: { painLevel: 3, weeklyKm: 20 }, safetyAnswered: true, step: 7, done: true },
  profile$: { v: 2 },
  settings: { units: 'km', paper: 'a4', startDate: START, sound: false, restSeconds: 20 },
  settings$: { v: 3 },
  log: { sessions, mornings, flares, shoes },
  log$: { v: 1 },
};

describe('the report for a physiotherapist, in real Chromium', () => {
  it('downloads from the sheet page as a valid one-page PDF that lists the runner weeks', async () => {
    const sheet = await extension().open('sheet.html');
    await sheet.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), SEED);
    await sheet.reload();
    await sheet.getByRole('heading', { name: 'Your printable week' }).waitFor();
    const button = sheet.getByRole('button', { name: 'Report for your physio' });
    await button.waitFor();
    expect(await seriousViolations(sheet)).toEqual([]);
    const [download] = await Promise.all([sheet.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(`backstride-report-${iso(now)}.pdf`);
    const file = (await download.path())!;
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/progress report for a physiotherapist/);
    expect(text).toContain(`Programme from ${START}`);
    expect(text).toMatch(/week 4, step \d of 8/);
    // A row for each finished week: week, step, sessions done of planned, worst pain.
    expect(text).toMatch(/^\s*1\s+1\s+7 of \d+\s+2\/10/m);
    expect(text).toMatch(/^\s*2\s+\d\s+7 of \d+\s+4\/10/m);
    expect(text).toMatch(/^\s*3\s+\d\s+7 of \d+\s+3\/10/m);
    expect(text).toMatch(/Blue trainers, about \d+ km/);
    await sheet.getByRole('status').filter({ hasText: 'Your report is downloaded' }).waitFor();
  });

  it('offers no report before the programme has a start', async () => {
    const sheet = await extension().open('sheet.html');
    await sheet.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.local.set(v), { ...SEED, settings: { ...SEED.settings, startDate: null } });
    await sheet.reload();
    await sheet.getByRole('heading', { name: 'Your printable week' }).waitFor();
    await sheet.getByRole('link', { name: 'Download PDF' }).waitFor();
    expect(await sheet.getByRole('button', { name: 'Report for your physio' }).count()).toBe(0);
  });
});
