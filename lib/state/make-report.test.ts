import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANSWERS } from '../schemas/profile-values';
import { goodWeek, logOf } from '../../tests/support/log-builder';
import { pdfPageTexts } from '../../tests/support/pdf-text';
import { makeReport } from './make-report';

const log = logOf([goodWeek(2), goodWeek(3), goodWeek(2)]);

describe('makeReport', () => {
  it('makes the one-page report from answers, the log and today, in the runner units', async () => {
    const bytes = await makeReport(DEFAULT_ANSWERS, log, '2026-11-24', 'mi', 'letter');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(Math.round(doc.getPage(0).getWidth())).toBe(612);
    const [text] = await pdfPageTexts(bytes);
    expect(text).toMatch(/progress report for a physiotherapist/);
    expect(text).toMatch(/ mi\b/);
  });

  it('makes no report under a red flag', async () => {
    await expect(makeReport({ ...DEFAULT_ANSWERS, redFlags: ['saddle-numbness'] }, log, '2026-11-24', 'km', 'a4')).rejects.toThrow(/medical care/);
  });
});
