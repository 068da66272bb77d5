// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { POSES } from '../data/poses';
import { motionArrow } from '../lib/domain/motion-arrow';
import { StickFigure } from './StickFigure';

afterEach(cleanup);

describe('StickFigure', () => {
  it('draws every limb and the head, labelled for screen readers', () => {
    render(<StickFigure pose={POSES.plank} label="Front plank" />);
    const figure = screen.getByRole('img', { name: 'Front plank' });
    expect(figure.querySelectorAll('.figure-limb')).toHaveLength(9);
    expect(figure.querySelector('.figure-head')).not.toBeNull();
    expect(figure.querySelector('.figure-motion')).toBeNull();
  });

  it('shows which way a movement goes when the pose says so', () => {
    render(<StickFigure pose={POSES['calf-raise']} label="Calf raise" />);
    const paths = [...screen.getByRole('img', { name: 'Calf raise' }).querySelectorAll('.figure-motion path')].map((p) => p.getAttribute('d'));
    const { shaft, head } = motionArrow(POSES['calf-raise'].motion);
    expect(paths).toEqual([shaft, head]);
  });
});
