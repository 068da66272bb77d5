import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const COMPONENTS = join(import.meta.dirname, '..', 'components');

// Every screen a runner can land on carries the short disclaimer.
const SCREENS = ['questions/Questionnaire.tsx', 'StopScreen.tsx', 'plan/PlanView.tsx', 'guided/GuidedSession.tsx', 'SettingsView.tsx', 'SheetPage.tsx', 'desk/SidePanelApp.tsx'];

describe('disclaimer', () => {
  it.each(SCREENS)('%s shows it', (file) => {
    expect(readFileSync(join(COMPONENTS, file), 'utf8')).toMatch(/<Disclaimer \/>/);
  });

  it('covers every screen: each component rendering an h1 is in the list', () => {
    const withHeading = readdirSync(COMPONENTS, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.tsx') && !f.includes('.test.'))
      .filter((f) => /<h1\b/.test(readFileSync(join(COMPONENTS, f), 'utf8')));
    expect(withHeading.sort()).toEqual([...SCREENS].sort());
  });
});
