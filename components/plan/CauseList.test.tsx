// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { CauseResult } from '../../lib/schemas/plan';
import { CauseList } from './CauseList';

afterEach(cleanup);

const cause = (id: CauseResult['id'], score: number): CauseResult => ({ id, score, reasons: [`because of ${id}`] });
const FIVE = [cause('posture', 0.9), cause('weak-core', 0.8), cause('footwear', 0.7), cause('overtraining', 0.6), cause('flexibility', 0.55), cause('past-injury', 0.2)];

describe('CauseList', () => {
  it('shows the first three likely causes, then "+2 more" reveals the other two likely ones and not the unlikely one', () => {
    render(<CauseList causes={FIVE} />);
    expect(screen.getAllByText('likely')).toHaveLength(3);
    const more = screen.getByRole('button', { name: '+2 more likely causes' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(screen.getAllByText('likely')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
    expect(screen.queryByText('because of past-injury')).toBeNull();
    // Focus lands on the first cause that appeared.
    expect(document.activeElement?.textContent).toMatch(/because of overtraining/);
  });

  it('has no "more" control when three or fewer are likely', () => {
    render(<CauseList causes={FIVE.slice(0, 3)} />);
    expect(screen.getAllByText('likely')).toHaveLength(3);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
