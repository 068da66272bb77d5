import { useEffect, useRef } from 'preact/hooks';
import { movingShapes, stillShapes } from '../lib/figures/figure-drawing';
import type { Shape, Side } from '../lib/figures/figure-shapes';
import { motionArrow } from '../lib/figures/motion-arrow';
import type { Figure } from '../lib/schemas/pose';

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The attributes that place a shape; the ones an animation moves. */
function place(s: Shape): Record<string, number> {
  if (s.kind === 'line') return { x1: r1(s.from[0]), y1: r1(s.from[1]), x2: r1(s.to[0]), y2: r1(s.to[1]) };
  if (s.kind === 'dot' || s.kind === 'ring') return { cx: r1(s.at[0]), cy: r1(s.at[1]) };
  return {};
}

/** One shape as SVG; with `frames`, SMIL animates each attribute that changes (no script runs per frame). */
function ShapeSvg({ s, frames, timing }: { s: Shape; frames?: Shape[]; timing?: { keyTimes: string; dur: string; once: boolean } }) {
  const at = place(s);
  const animates =
    frames && timing
      ? Object.keys(at).flatMap((name) => {
          const values = frames.map((f) => place(f)[name]!);
          return values.some((v) => v !== values[0])
            ? [<animate key={name} attributeName={name} values={values.join(';')} keyTimes={timing.keyTimes} dur={timing.dur} {...(timing.once ? { fill: 'freeze' } : { repeatCount: 'indefinite' })} />]
            : [];
        })
      : null;
  const cls = `fig-${s.tone}`;
  switch (s.kind) {
    case 'line':
      return <line class={cls} {...at} stroke-width={s.width}>{animates}</line>;
    case 'dot':
      return <circle class={`${cls} fig-fill`} {...at} r={s.r}>{animates}</circle>;
    case 'ring':
      return <circle class={cls} {...at} r={s.r} fill="none" stroke-width={s.width} />;
    case 'poly':
      return <polyline class={cls} points={s.points.map((p) => `${r1(p[0])},${r1(p[1])}`).join(' ')} fill="none" stroke-width={s.width} />;
    case 'arrow': {
      const { shaft, head } = motionArrow([s.from, s.via, s.to]);
      return (
        <g class="fig-motion" stroke-width={s.width}>
          <path d={shaft} />
          <path d={head} class="fig-motion-head" />
        </g>
      );
    }
  }
}

function FigureSvg({ shapes, size, label, moving, once = false }: { shapes: Shape[]; size: number; label: string; moving?: ReturnType<typeof movingShapes>; once?: boolean }) {
  const timing = moving && { keyTimes: moving.times.map((t) => r1(t * 1000) / 1000).join(';'), dur: `${moving.seconds}s`, once };
  const still = moving ? moving.scene.length : shapes.length;
  return (
    <svg class="figure" viewBox="-4 -4 108 108" width={size} height={size} role="img" aria-label={label}>
      {shapes.map((s, i) => (
        <ShapeSvg key={i} s={s} frames={moving && i >= still ? moving.frames.map((f) => f[i - still]!) : undefined} timing={timing || undefined} />
      ))}
    </svg>
  );
}

/**
 * An exercise's jointed figure for `side` (the right side is the mirror image). Still: the key
 * position with its motion arrow. Moving: the positions animated at the exercise's tempo (into a held
 * position once, then still), or, for a
 * runner who asks for reduced motion, start and end side by side (the stylesheet picks one).
 */
export function StickFigure({ figure, side = null, size = 96, label, moving = false, paused = false }: { figure: Figure; side?: Side; size?: number; label: string; moving?: boolean; paused?: boolean }) {
  // Paused with the session: one call when the timer stops or starts, nothing per frame.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const svg = box.current?.querySelector('svg');
    if (paused) svg?.pauseAnimations?.();
    else svg?.unpauseAnimations?.();
  });
  if (!moving) return <FigureSvg shapes={stillShapes(figure, side)} size={size} label={label} />;
  const motion = movingShapes(figure, side);
  const last = figure.positions.length - 1;
  return (
    <div class="figure-box">
      <div class="figure-moving" ref={box}>
        <FigureSvg key={`${label}-${side}`} shapes={[...motion.scene, ...motion.frames[0]!]} size={size} label={label} moving={motion} once={figure.hold} />
      </div>
      <div class="figure-pair">
        <FigureSvg shapes={stillShapes(figure, side, 0)} size={Math.round(size * 0.8)} label={`${label}, start`} />
        <FigureSvg shapes={stillShapes(figure, side, last)} size={Math.round(size * 0.8)} label={`${label}, end`} />
      </div>
    </div>
  );
}
