import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXERCISES } from '../../data/exercises';
import { FIGURES } from '../../data/figures';
import { arbitraryAnswers } from '../../tests/support/arbitrary-answers';
import { propertyRuns } from '../../tests/support/property-runs';
import { helveticaMeasure } from '../../tests/support/sheet-measure';
import { buildPlan } from '../../tests/support/worded-plan';
import { triage } from '../domain/check-safety';
import { AnswersSchema, DAYS, type Answers } from '../schemas/answers';
import { layoutSheet } from './layout-sheet';
import type { Box, PageLayout, TextMeasure } from './sheet-layout';
import { CARD_PADDING, FONT_SIZE, MARGIN, MIN_FONT_SIZE, type Paper } from './tokens';

const library = { exercises: EXERCISES, figures: FIGURES };
const START = new Date(Date.UTC(2026, 10, 26));
const EPS = 0.01;
let measure: TextMeasure;
beforeAll(async () => {
  measure = await helveticaMeasure();
});

const overlap = (a: Box, b: Box) => a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS;
const inside = (a: Box, page: PageLayout) => a.x >= MARGIN - EPS && a.y >= MARGIN - EPS && a.x + a.w <= page.width - MARGIN + EPS && a.y + a.h <= page.height - MARGIN + EPS;

/** Every text fits its box and the page, no text overlaps another, no figure overlaps another. */
function expectTidyPage(page: PageLayout) {
  const texts = page.items.filter((i) => i.kind === 'text');
  const inks = texts.map((t) => ({ x: t.x, y: t.y - t.size * 0.75, w: t.width, h: t.size * 0.97 }));
  const problems: string[] = [];
  texts.forEach((t, i) => {
    if (t.size < MIN_FONT_SIZE) problems.push(`too small: ${t.text}`);
    if (t.text.length === 0) problems.push('empty text');
    if (t.x < t.box.x - EPS || t.x + t.width > t.box.x + t.box.w + EPS) problems.push(`outside its box: ${t.text}`);
    if (!inside(inks[i]!, page)) problems.push(`off the page: ${t.text}`);
    for (let j = 0; j < i; j++) if (overlap(inks[i]!, inks[j]!)) problems.push(`overlap: ${t.text} / ${texts[j]!.text}`);
  });
  const figures = page.items.filter((i) => i.kind === 'figure').map((f) => f.box);
  figures.forEach((f, i) => {
    if (!inside(f, page)) problems.push('figure off the page');
    for (let j = 0; j < i; j++) if (overlap(f, figures[j]!)) problems.push('figures overlap');
    if (inks.some((ink) => overlap(f, ink))) problems.push('figure over text');
  });
  // Every panel heading has its first card right under it, in the same column.
  for (const h of texts.filter((t) => t.size === FONT_SIZE.heading)) {
    const below = figures.some((f) => Math.abs(f.x - h.x - CARD_PADDING) < 0.5 && f.y > h.y && f.y - h.y < 40);
    if (!below) problems.push(`heading alone at the foot of a column: ${h.text}`);
  }
  expect(problems).toEqual([]);
}

const sheetFor = (a: Answers, week: number, paper: Paper) =>
  layoutSheet({ plans: [buildPlan(a, EXERCISES, { week })], start: START, paper }, library, measure);

describe('layoutSheet', () => {
  it('lays out any valid answers and week on one tidy page, on both papers', () => {
    fc.assert(
      fc.property(arbitraryAnswers().filter((a) => !triage(a).stop), fc.integer({ min: 1, max: 8 }), fc.constantFrom<Paper>('a4', 'letter'), (a, week, paper) => {
        const sheet = sheetFor(a, week, paper);
        expect(sheet.pages).toHaveLength(1);
        expectTidyPage(sheet.pages[0]!);
      }),
      { numRuns: propertyRuns(120) },
    );
  });

  it('still makes a tidy page when the week holds more exercises than the usual figure sizes fit (smaller figures, last resort)', () => {
    // Found by the property above: postpartum, a disc diagnosis, seven run days, 26 blocks.
    const full = AnswersSchema.parse({
      painLevel: 0, painWeeks: 0, painWhen: ['next-morning'], eases: 'bending-forward', pregnancy: 'postpartum-under-12-months',
      weeklyKm: 0, longestRunKm: 0, runDays: [...DAYS], shoeKm: 0, shoeSupport: 'worn', toeTouch: 'easily', legLength: 'yes', spinalDiagnosis: 'herniated-disc',
    });
    for (const paper of ['a4', 'letter'] as const) {
      const sheet = sheetFor(full, 1, paper);
      expect(sheet.pages).toHaveLength(1);
      expectTidyPage(sheet.pages[0]!);
    }
  });

  it('titles the PDF with the calendar week and, where the log made them differ, the step', () => {
    const plan = buildPlan(AnswersSchema.parse({}), EXERCISES, { week: 2 });
    const progress = { calendarWeek: 3, step: 2, decision: 'hold' as const, reasons: [], notImproving: false, weeklyPain: [] };
    expect(layoutSheet({ plans: [plan], start: START, paper: 'a4' }, library, measure).title).toBe('Backstride: week 2 of 8');
    expect(layoutSheet({ plans: [{ ...plan, progress }], start: START, paper: 'a4' }, library, measure).title).toBe('Backstride: week 3, step 2 of 8');
    expect(layoutSheet({ plans: [{ ...plan, progress: { ...progress, calendarWeek: 2 } }], start: START, paper: 'a4' }, library, measure).title).toBe('Backstride: week 2 of 8');
  });

  it('fits the busiest week: every cause likely, many notes, most exercises', () => {
    const busy = AnswersSchema.parse({
      painLevel: 6, painWeeks: 12, painWhen: ['during-run', 'next-morning', 'sitting', 'all-day'], painWhere: ['one-side', 'buttock'],
      weeklyKm: 80, weeklyIncreasePct: 25, longestRunKm: 1.5, runDays: [...DAYS], shoeKm: 1200, shoeSupport: 'worn',
      plankSeconds: 5, toeTouch: 'no', sittingHours: 11, runningPosture: 'hunched', pastInjury: true, legLength: 'yes',
    });
    for (const paper of ['a4', 'letter'] as const) for (const week of [1, 4, 8]) expectTidyPage(sheetFor(busy, week, paper).pages[0]!);
  });
});
