import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { FIGURES } from '../../data/figures';
import { pdfPageTexts } from '../../tests/support/pdf-text';
import { buildPlan } from '../../tests/support/worded-plan';
import { describeSession, formatDose } from '../words/describe';
import { DAY_NAMES } from '../domain/week-days';
import { AnswersSchema, type AnswersInput } from '../schemas/answers';
import type { Figure } from '../schemas/pose';
import { figureArrow } from '../figures/figure-motion';
import { SAFETY_NOTE } from './layout-notes';
import { renderSheet } from './render-sheet';
import { COLOR, PAPER } from './tokens';

const library = { exercises: EXERCISES, figures: FIGURES };
const START = new Date(Date.UTC(2026, 10, 26));
const plansFor = (input: AnswersInput, weeks: number[]) => weeks.map((week) => buildPlan(AnswersSchema.parse(input), EXERCISES, { week }));

describe('renderSheet', () => {
  it('makes one landscape page of the chosen paper, with metadata', async () => {
    for (const paper of ['a4', 'letter'] as const) {
      const { bytes } = await renderSheet({ plans: plansFor({}, [1]), start: START, paper }, library, START);
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBe(1);
      const { width, height } = doc.getPage(0).getSize();
      expect([width, height]).toEqual([PAPER[paper].width, PAPER[paper].height]);
      expect(doc.getTitle()).toBe('Backstride: week 1 of 8');
      expect(doc.getSubject()).toMatch(/lower back pain/);
      expect(doc.getCreator()).toBe('Backstride');
      expect(doc.getCreationDate()?.getTime()).toBe(START.getTime());
    }
  });

  it('prints the days, every session, every exercise of the week with its dose, the notes and the safety note', async () => {
    const [plan] = plansFor({ shoeKm: 900, plankSeconds: 15, weeklyIncreasePct: 20 }, [3]);
    const { bytes } = await renderSheet({ plans: [plan!], start: START, paper: 'a4' }, library, START);
    const [text] = await pdfPageTexts(bytes);
    expect(text).toContain('Week 3 of 8');
    expect(text).toContain('7 Dec - 13 Dec 2026');
    for (const day of plan!.week!.days) {
      expect(text).toContain(DAY_NAMES[day.day]);
      for (const s of day.sessions) {
        expect(text).toContain(describeSession(s));
        for (const item of s.items) {
          expect(text).toContain(item.name);
          expect(text).toContain(formatDose(item));
        }
      }
    }
    expect(text).toContain('Weak core');
    expect(text).toContain('new pair');
    expect(text).toContain(SAFETY_NOTE.slice(0, 60));
    expect(text).toContain('not medical advice');
  });

  it('gives one page a week for a range', async () => {
    const { bytes } = await renderSheet({ plans: plansFor({}, [1, 2, 3, 4, 5, 6, 7, 8]), start: START, paper: 'letter' }, library, START);
    const texts = await pdfPageTexts(bytes);
    expect(texts).toHaveLength(8);
    texts.forEach((t, i) => expect(t).toContain(`Week ${i + 1} of 8`));
  });

  it('gives distances in miles for a runner who chose miles', async () => {
    const { bytes } = await renderSheet({ plans: plansFor({ weeklyKm: 32, longestRunKm: 12 }, [1]), start: START, paper: 'letter', units: 'mi' }, library, START);
    const [text] = await pdfPageTexts(bytes);
    expect(text).toMatch(/at most 20\.9 mi/);
    expect(text).toMatch(/Run \d+(\.\d)? mi/);
    expect(text).not.toMatch(/Run \d+(\.\d)? km/);
  });

  it('refuses a plan that stopped for safety', async () => {
    await expect(renderSheet({ plans: plansFor({ redFlags: ['weight-loss'] }, [1]), start: START, paper: 'a4' }, library)).rejects.toThrow(/safety stop/);
  });
});

describe('the exercise panel', () => {
  it('draws a motion arrow on each figure whose movement needs one', async () => {
    const [plan] = plansFor({ plankSeconds: 15 }, [1]);
    const { bytes } = await renderSheet({ plans: [plan!], start: START, paper: 'a4' }, library, START);
    // qpdf writes the page's drawing operators out uncompressed; each arrow strokes in the accent colour.
    const dir = mkdtempSync(join(tmpdir(), 'sheet-'));
    writeFileSync(join(dir, 'in.pdf'), bytes);
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    const ops = readFileSync(join(dir, 'out.pdf'), 'latin1');
    const arrows = ops.split(`${COLOR.accent.join(' ')} RG`).length - 1;
    const ids = new Set(plan!.week!.days.flatMap((d) => d.sessions.flatMap((s) => s.items.map((i) => i.id))));
    const withMotion = EXERCISES.filter((e) => ids.has(e.id) && figureArrow((FIGURES as Record<string, Figure>)[e.figure]!));
    expect(withMotion.length).toBeGreaterThan(0);
    expect(arrows).toBe(withMotion.length);
  });

  it('prints each exercise with its first cue on an ordinary week', async () => {
    const [plan] = plansFor({ plankSeconds: 15 }, [1]);
    const { bytes } = await renderSheet({ plans: [plan!], start: START, paper: 'a4' }, library, START);
    const [text] = await pdfPageTexts(bytes);
    const ids = new Set(plan!.week!.days.flatMap((d) => d.sessions.flatMap((s) => s.items.map((i) => i.id))));
    for (const ex of EXERCISES.filter((e) => ids.has(e.id))) expect(text).toContain(ex.cues[0]!);
  });
});
