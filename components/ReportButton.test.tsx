// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ANSWERS } from '../lib/schemas/profile-values';
import type { Log } from '../lib/schemas/log';
import { ReportButton } from './ReportButton';

const makeReport = vi.hoisted(() => vi.fn(async () => new Uint8Array([37, 80, 68, 70])));
vi.mock('../lib/state/make-report', () => ({ makeReport }));

afterEach(cleanup);

const LOG: Log = { version: 1, start: '2026-11-02', sessions: [], mornings: [], flares: [], shoes: [] };

describe('ReportButton', () => {
  it('makes the report from answers, log, today, units and paper on click, and downloads it', async () => {
    const clicked: { href: string; download: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    render(<ReportButton answers={DEFAULT_ANSWERS} log={LOG} today="2026-11-24" units="mi" paper="letter" />);
    expect(makeReport).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Report for your physio' }));
    await screen.findByText(/Your report is downloaded/);
    expect(makeReport).toHaveBeenCalledWith(DEFAULT_ANSWERS, LOG, '2026-11-24', 'mi', 'letter');
    expect(clicked).toEqual([{ href: expect.stringMatching(/^blob:/), download: 'backstride-report-2026-11-24.pdf' }]);
    click.mockRestore();
  });

  it('says so when the report cannot be made', async () => {
    makeReport.mockRejectedValueOnce(new Error('no room'));
    render(<ReportButton answers={DEFAULT_ANSWERS} log={LOG} today="2026-11-24" units="km" paper="a4" />);
    fireEvent.click(screen.getByRole('button', { name: 'Report for your physio' }));
    expect((await screen.findByText(/could not be made/)).textContent).toBe('The report could not be made: no room');
  });
});
