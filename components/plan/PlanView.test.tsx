// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswersSchema } from '../../lib/schemas/answers';
import { buildWordedPlan } from '../../lib/state/plan-pipeline';
import { PlanView, type PlanActions } from './PlanView';

const noop = () => {};
const ACTIONS: PlanActions = {
  onStart: noop, onPrint: noop, onChecklists: noop, onSettings: noop, onAnswers: noop, onShoes: noop, onFlare: noop,
  onLog: noop, onMorning: noop, onDismissCheckIn: noop, onEmergencyAnswer: noop, onLastWeek: noop, onClinicianSeen: noop, onNewProgramme: noop,
};

afterEach(cleanup);

describe('the plan view', () => {
  it('shows a stop plan\'s directions, never a blank screen', () => {
    const plan = buildWordedPlan({ answers: AnswersSchema.parse({ redFlags: ['bladder-bowel'] }), log: null, today: '2026-11-26', units: 'km', clinicianSeenOn: null, painAnswer: null, distanceAnswer: null });
    expect(plan.week).toBeNull();
    render(<PlanView plan={plan} today="thu" todayIso="2026-11-26" units="km" startsOn={null} logged={null} usualPain={2} checkIn={false} emergencyCheck={false} actions={ACTIONS} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Please stop and get checked');
    expect(screen.getByRole('alert').textContent).toContain(plan.safety.messages[0]);
    expect(plan.safety.messages[0]).toMatch(/now/i);
  });
});
