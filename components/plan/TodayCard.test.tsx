// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { WeekPlan } from '../../lib/schemas/plan';
import { TodayCard } from './TodayCard';
import { WeekStrip } from './WeekStrip';

afterEach(cleanup);

describe('an easy day (nothing planned)', () => {
  it('reads as an easy day, not an empty card', () => {
    render(<TodayCard day={{ day: 'wed', sessions: [] }} units="km" onStart={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Today, Wednesday: Easy day' })).toBeTruthy();
    expect(screen.getByText(/a walk if you like/)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('shows in the week strip with its own words', () => {
    const days = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => ({ day, sessions: day === 'sun' ? [{ kind: 'rest' as const, items: [] }] : [] }));
    const week: WeekPlan = { number: 1, runCapKm: 0, notes: [], days };
    render(<WeekStrip week={week} today="wed" units="km" chosen={null} onChoose={() => {}} />);
    expect(screen.getAllByText(/Easy day: a walk if you like/)).toHaveLength(6);
  });
});
