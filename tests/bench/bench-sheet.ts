import { EXERCISES } from '../../data/exercises';
import { FIGURES } from '../../data/figures';
import { buildPlan } from '../../lib/domain/build-plan';
import { planWords } from '../../lib/words/plan-words';
import { renderSheet } from '../../lib/pdf/render-sheet';
import { AnswersSchema } from '../../lib/schemas/answers';
import { medianMs, roundFigure } from './measure';

const ANSWERS = AnswersSchema.parse({ weeklyKm: 35, plankSeconds: 20, toeTouch: 'no', shoeKm: 650, pastInjury: true });
const REQUEST = { plans: [planWords(buildPlan(ANSWERS, EXERCISES, { week: 4 }))], start: new Date(Date.UTC(2026, 10, 23)), paper: 'a4' as const };
const LIBRARY = { exercises: EXERCISES, figures: FIGURES };

/** sheetMs: median time to render one week's sheet in-process; sheetBytes: its size. */
export async function benchSheet() {
  const { bytes } = await renderSheet(REQUEST, LIBRARY);
  const sheetMs = await medianMs(() => renderSheet(REQUEST, LIBRARY), { warmUp: 10, samples: 60 });
  return { sheetMs: roundFigure(sheetMs), sheetBytes: bytes.length };
}
