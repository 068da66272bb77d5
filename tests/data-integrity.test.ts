import { StandardFonts, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../data/exercises';
import { FIGURES } from '../data/figures';
import { CAUSE_IDS } from '../lib/schemas/cause';
import { isAllowed } from '../lib/domain/select-exercises';
import { CORE_FAMILIES, ContraindicationSchema, ExerciseSchema } from '../lib/schemas/exercise';
import { PROGRAMME_WEEKS } from '../lib/schemas/programme';
import { FigureSchema, type Figure } from '../lib/schemas/pose';
import { movingShapes, stillShapes } from '../lib/figures/figure-drawing';
import { figureFrames } from '../lib/figures/figure-motion';
import { extent, mirror } from '../lib/figures/figure-shapes';
import { BONE, FIGURE } from '../lib/figures/geometry';
import { solvePose } from '../lib/figures/solve-pose';

const ids = EXERCISES.map((ex) => ex.id);

describe('exercise library', () => {
  it('has at least 30 exercises, each valid against its schema', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(30);
    for (const ex of EXERCISES) expect(ExerciseSchema.safeParse(ex).success, ex.id).toBe(true);
  });

  it('has unique ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers warm-up, strength, cool-down and cross-training', () => {
    for (const type of ['dynamic', 'strength', 'static', 'cross-training'] as const) {
      expect(EXERCISES.filter((ex) => ex.type === type).length, type).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives every cause at least one exercise', () => {
    for (const cause of CAUSE_IDS) expect(EXERCISES.some((ex) => ex.causes.includes(cause)), cause).toBe(true);
  });

  it('has a dosage for every programme step and a resolvable, valid figure', () => {
    for (const ex of EXERCISES) {
      expect(ex.dosage, ex.id).toHaveLength(PROGRAMME_WEEKS);
      for (const dose of ex.dosage) expect(Object.keys(dose).filter((k) => k !== 'perSide').length, ex.id).toBeGreaterThan(0);
      const figure = (FIGURES as Record<string, unknown>)[ex.figure];
      expect(figure, `${ex.id} figure ${ex.figure}`).toBeDefined();
      expect(FigureSchema.safeParse(figure).success, ex.figure).toBe(true);
    }
  });

  it('keeps every promised strength family in every routine, whatever conditions hold, in every week', () => {
    const conditions = ContraindicationSchema.options;
    for (let mask = 0; mask < 1 << conditions.length; mask++) {
      const holding = new Set(conditions.filter((_, i) => mask & (1 << i)));
      for (let week = 1; week <= PROGRAMME_WEEKS; week++) {
        for (const gentle of [false, true]) {
          const ctx = { week, gentle, noHighImpact: gentle, conditions: holding };
          for (const family of CORE_FAMILIES) {
            const allowed = EXERCISES.filter((ex) => ex.family === family && ex.selection === 'everyone' && isAllowed(ex, ctx));
            expect(allowed.length, `${family} with ${[...holding].join(', ')} in week ${week}${gentle ? ', gentle' : ''}`).toBeGreaterThanOrEqual(1);
          }
        }
      }
    }
  });

  it('keeps every condition in use (no dead options)', () => {
    for (const c of ContraindicationSchema.options) expect(EXERCISES.some((ex) => ex.avoid.includes(c) || ex.onlyWhen?.includes(c)), c).toBe(true);
  });

  it('gives every harder variant a dose for each step it can appear in', () => {
    for (const ex of EXERCISES) expect(ex.dosage.length, ex.id).toBeGreaterThanOrEqual(PROGRAMME_WEEKS - ex.fromWeek + 1);
  });

  it('prints every name and cue in the sheet font', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const ex of EXERCISES) for (const text of [ex.name, ...ex.cues]) expect(() => font.encodeText(text), text).not.toThrow();
  });
});

describe('figures', () => {
  const figureOf = (id: string) => (FIGURES as Record<string, Figure>)[id]!;
  const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);

  it('gives every exercise a start and an end position, and a middle one at most', () => {
    for (const ex of EXERCISES) expect(figureOf(ex.figure).positions.length, ex.id).toBeGreaterThanOrEqual(2);
  });

  it('keeps every bone its length in every position and every frame between them', () => {
    for (const [id, figure] of Object.entries(FIGURES) as [string, Figure][]) {
      const front = figure.view === 'front';
      for (const pose of figureFrames(figure).poses) {
        const j = solvePose(pose, figure.view);
        expect(dist(j.hip, j.shoulder), id).toBeCloseTo(BONE.trunk, 6);
        expect(dist(j.shoulder, j.head), id).toBeCloseTo(BONE.neck + FIGURE.headRadius, 6);
        for (const l of [j.near, j.far]) {
          expect(dist(l.shoulder, j.shoulder), id).toBeCloseTo(front ? FIGURE.shoulderHalf : 0, 6);
          expect(dist(l.hip, j.hip), id).toBeCloseTo(front ? FIGURE.hipHalf : 0, 6);
          expect([dist(l.shoulder, l.elbow), dist(l.elbow, l.wrist), dist(l.wrist, l.hand)], id).toEqual([BONE.upperArm, BONE.forearm, BONE.hand].map((b) => expect.closeTo(b, 6)));
          expect([dist(l.hip, l.knee), dist(l.knee, l.ankle), dist(l.ankle, l.toe), dist(l.ankle, l.heel)], id).toEqual([BONE.thigh, BONE.shin, BONE.foot, BONE.heel].map((b) => expect.closeTo(b, 6)));
        }
      }
    }
  });

  it('keeps every figure inside its box in every position and frame, on both sides', () => {
    for (const [id, figure] of Object.entries(FIGURES) as [string, Figure][]) {
      for (const side of ['left', 'right'] as const) {
        const shapes = [...figure.positions.flatMap((_, i) => stillShapes(figure, side, i)), ...movingShapes(figure, side).frames.flat()];
        for (const shape of shapes) {
          const [x0, y0, x1, y1] = extent(shape);
          // The floor line is the box's bottom edge.
          if (shape.kind === 'line' && shape.from[1] === 100 && shape.to[1] === 100) continue;
          expect([x0, y0].every((v) => v >= -1e-6), `${id} ${side} ${shape.kind} from ${x0},${y0}`).toBe(true);
          expect([x1, y1].every((v) => v <= 100 + 1e-6), `${id} ${side} ${shape.kind} to ${x1},${y1}`).toBe(true);
        }
      }
    }
  });

  it('rests every body on the floor unless it is in the water or on a bike', () => {
    for (const [id, figure] of Object.entries(FIGURES) as [string, Figure][]) {
      if (figure.floor === false) continue;
      for (let i = 0; i < figure.positions.length; i++) {
        const body = stillShapes(figure, null, i).filter((s) => s.tone === 'near' || s.tone === 'far');
        expect(Math.max(...body.map((s) => extent(s)[3])), `${id} position ${i}`).toBeCloseTo(100, 6);
      }
    }
  });

  it('mirrors every per-side exercise for the other side, and the two sides differ', () => {
    const perSide = EXERCISES.filter((ex) => ex.dosage.some((d) => d.perSide));
    expect(perSide.length).toBeGreaterThan(10);
    for (const ex of perSide) {
      const figure = figureOf(ex.figure);
      for (let i = 0; i < figure.positions.length; i++) {
        const left = stillShapes(figure, 'left', i);
        expect(stillShapes(figure, 'right', i), ex.id).toEqual(left.map(mirror));
        expect(left.map(mirror), ex.id).not.toEqual(left);
      }
    }
  });

  it('moves every figure: no two positions alike', () => {
    for (const [id, figure] of Object.entries(FIGURES) as [string, Figure][]) {
      const drawn = figure.positions.map((_, i) => JSON.stringify(stillShapes(figure, null, i).filter((s) => s.kind !== 'arrow')));
      expect(new Set(drawn).size, id).toBe(drawn.length);
    }
  });
});

describe('checklists', () => {
  it('has the three lists in their promised sizes, valid, with unique ids', async () => {
    const { CHECKLISTS } = await import('../data/checklists');
    const { ChecklistSchema } = await import('../lib/schemas/checklist');
    const sizes = Object.fromEntries(CHECKLISTS.map((l) => [l.id, l.items.length]));
    expect(sizes.posture).toBeGreaterThanOrEqual(5);
    expect(sizes.posture).toBeLessThanOrEqual(8);
    expect(sizes.lifestyle).toBeGreaterThanOrEqual(5);
    expect(sizes.lifestyle).toBeLessThanOrEqual(8);
    expect(sizes.diet).toBeGreaterThanOrEqual(4);
    expect(sizes.diet).toBeLessThanOrEqual(6);
    for (const list of CHECKLISTS) expect(ChecklistSchema.safeParse(list).success, list.id).toBe(true);
    const itemIds = CHECKLISTS.flatMap((l) => l.items.map((i) => i.id));
    expect(new Set(itemIds).size).toBe(itemIds.length);
    expect(JSON.stringify(CHECKLISTS)).not.toMatch(/insole|orthotic|cure|diagnos/i);
  });

  it('keeps the running cues apart, to read rather than tick, each valid with its own id', async () => {
    const { CHECKLISTS } = await import('../data/checklists');
    const { RUN_CUES } = await import('../data/run-cues');
    const { RunCueSchema } = await import('../lib/schemas/checklist');
    expect(RUN_CUES.length).toBeGreaterThanOrEqual(4);
    for (const cue of RUN_CUES) expect(RunCueSchema.safeParse(cue).success, cue.id).toBe(true);
    const ids = [...RUN_CUES.map((c) => c.id), ...CHECKLISTS.flatMap((l) => l.items.map((i: { id: string }) => i.id))];
    expect(new Set(ids).size).toBe(ids.length);
    expect(JSON.stringify(CHECKLISTS)).not.toMatch(/on the run/i);
  });
});

describe('questions', () => {
  it('asks every answer field once and labels every allowed value', async () => {
    const { QUESTIONS, QUESTION_STEPS } = await import('../data/questions');
    const { AnswersSchema } = await import('../lib/schemas/answers');
    // clearedFlags is not a question: the stop screen sets it when a clinician has cleared a flag.
    const fields = Object.keys(AnswersSchema.shape).filter((f) => f !== 'clearedFlags');
    expect(QUESTION_STEPS.flatMap((s) => s.fields).sort()).toEqual([...fields].sort());
    expect(QUESTION_STEPS[0]!.fields).toEqual(['redFlags']);
    for (const [field, q] of Object.entries(QUESTIONS)) {
      if (!('options' in q)) continue;
      const inner = (AnswersSchema.shape as Record<string, { def: { innerType: { def: { element?: { options: string[] }; entries?: Record<string, string> } } } }>)[field]!.def.innerType.def;
      const allowed = inner.element?.options ?? Object.values(inner.entries ?? {});
      expect(q.options.map((o) => o.value).sort(), field).toEqual([...allowed].sort());
    }
  });
});
