import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const COMPONENTS = join(import.meta.dirname, '..', 'components');

// Every screen a runner can land on carries the short disclaimer.
const SCREENS = ['questions/Questionnaire.tsx', 'StopScreen.tsx', 'plan/PlanView.tsx', 'plan/AnswersView.tsx', 'plan/PlanScreen.tsx', 'guided/GuidedSession.tsx', 'SettingsView.tsx', 'SheetPage.tsx', 'desk/SidePanelApp.tsx', 'DistanceCheck.tsx', 'log/ShoesView.tsx', 'progress/ProgressView.tsx'];
// Where a runner exercises or is about to: the mid-session stop rule sits beside the disclaimer.
const EXERCISE_SURFACES = ['plan/PlanView.tsx', 'guided/GuidedSession.tsx', 'desk/SidePanelApp.tsx'];

describe('disclaimer', () => {
  it.each(SCREENS)('%s shows it', (file) => {
    expect(readFileSync(join(COMPONENTS, file), 'utf8')).toMatch(/<Disclaimer \/>/);
  });

  it.each(EXERCISE_SURFACES)('%s carries the mid-session stop rule', (file) => {
    expect(readFileSync(join(COMPONENTS, file), 'utf8')).toMatch(/<MidSessionStop \/>/);
  });

  it('covers every screen: each component rendering an h1 is in the list', () => {
    const withHeading = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.tsx') && !f.includes('.test.'))
      .filter((f) => /<h1\b/.test(readFileSync(join(COMPONENTS, f), 'utf8')));
    expect(withHeading.sort()).toEqual([...SCREENS].sort());
  });
});

describe('safety wording', () => {
  it('never recommends insoles or orthotics anywhere a runner reads', () => {
    const ROOT = join(import.meta.dirname, '..');
    const files = ['data', 'lib/domain', 'lib/pdf', 'components'].flatMap((dir) =>
      readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
        .map((f) => join(ROOT, dir, f)),
    );
    expect(files.length).toBeGreaterThan(20);
    expect(files.filter((f) => /insoles?|orthotics?|shoe inserts?/i.test(readFileSync(f, 'utf8')))).toEqual([]);
  });
});
