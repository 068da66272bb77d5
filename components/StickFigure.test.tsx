// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FIGURES } from '../data/figures';
import { stillShapes } from '../lib/figures/figure-drawing';
import { figureArrow } from '../lib/figures/figure-motion';
import { motionArrow } from '../lib/figures/motion-arrow';
import { StickFigure } from './StickFigure';

afterEach(cleanup);

const xs = (svg: Element) => [...svg.querySelectorAll('line')].map((l) => Number(l.getAttribute('x1')));

describe('StickFigure', () => {
  it('draws the trunk, every limb with its hand or foot, and the head, labelled for screen readers', () => {
    render(<StickFigure figure={FIGURES.plank} label="Front plank" />);
    const figure = screen.getByRole('img', { name: 'Front plank' });
    expect(figure.querySelectorAll('line.fig-near')).toHaveLength(9);
    expect(figure.querySelectorAll('line.fig-far')).toHaveLength(6);
    expect(figure.querySelectorAll('circle.fig-fill')).toHaveLength(1);
    expect(figure.querySelector('animate')).toBeNull();
  });

  it('draws the shapes the figure code computes, at their widths: the same the sheet prints', () => {
    render(<StickFigure figure={FIGURES['bird-dog']} side="left" label="Bird-dog" />);
    const drawn = [...screen.getByRole('img', { name: 'Bird-dog' }).querySelectorAll('line')].map((l) => ['x1', 'y1', 'x2', 'y2', 'stroke-width'].map((a) => Number(l.getAttribute(a))));
    const r1 = (n: number) => Math.round(n * 10) / 10;
    const lines = stillShapes(FIGURES['bird-dog'], 'left').flatMap((s) => (s.kind === 'line' ? [[r1(s.from[0]), r1(s.from[1]), r1(s.to[0]), r1(s.to[1]), s.width]] : []));
    expect(drawn).toEqual(lines);
  });

  it('shows which way a movement goes with the arrow the figure computes', () => {
    render(<StickFigure figure={FIGURES['bridge']} label="Glute bridge" />);
    const paths = [...screen.getByRole('img', { name: 'Glute bridge' }).querySelectorAll('.fig-motion path')].map((p) => p.getAttribute('d'));
    const arrow = figureArrow(FIGURES['bridge'])!;
    const { shaft, head } = motionArrow([arrow.from, arrow.via, arrow.to]);
    expect(paths).toEqual([shaft, head]);
  });

  it('draws the right side as the mirror image of the left', () => {
    render(<StickFigure figure={FIGURES['side-plank']} side="left" label="Left" />);
    render(<StickFigure figure={FIGURES['side-plank']} side="right" label="Right" />);
    const left = xs(screen.getByRole('img', { name: 'Left' }));
    const right = xs(screen.getByRole('img', { name: 'Right' }));
    expect(right).not.toEqual(left);
    right.forEach((x, i) => expect(x).toBeCloseTo(100 - left[i]!, 5));
  });

  it('animates the body between its positions at the tempo, and keeps start and end side by side for reduced motion', () => {
    const figure = FIGURES['tempo-squat'];
    render(<StickFigure figure={figure} label="Slow squat" moving />);
    const moving = screen.getByRole('img', { name: 'Slow squat' });
    const animates = [...moving.querySelectorAll('animate')];
    expect(animates.length).toBeGreaterThan(10);
    const seconds = figure.tempo.reduce((a, b) => a + b, 0);
    for (const a of animates) {
      expect(a.getAttribute('dur')).toBe(`${seconds}s`);
      expect(a.getAttribute('repeatCount')).toBe('indefinite');
      expect(a.getAttribute('values')!.split(';')).toHaveLength(a.getAttribute('keyTimes')!.split(';').length);
    }
    // Three seconds down, one up: the hips reach the bottom three quarters of the way through the move.
    const times = animates[0]!.getAttribute('keyTimes')!.split(';').map(Number);
    expect(times[0]).toBe(0);
    expect(times.at(-1)).toBe(1);
    expect(screen.getByRole('img', { name: 'Slow squat, start' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Slow squat, end' }).querySelector('animate')).toBeNull();
  });
});

describe('StickFigure for a held position', () => {
  it('moves into the position once and stays (no repeating)', () => {
    render(<StickFigure figure={FIGURES.plank} label="Plank" moving />);
    const animates = [...screen.getByRole('img', { name: 'Plank' }).querySelectorAll('animate')];
    expect(animates.length).toBeGreaterThan(0);
    for (const a of animates) {
      expect(a.getAttribute('fill')).toBe('freeze');
      expect(a.getAttribute('repeatCount')).toBeNull();
    }
  });
});
