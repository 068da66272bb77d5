import { motionArrow } from '../lib/domain/motion-arrow';
import { FIGURE_GEOMETRY as G, POSE_SEGMENTS, type Pose } from '../lib/schemas/pose';

/** A side-on stick figure drawn from the library's pose data. */
export function StickFigure({ pose, size = 96, label }: { pose: Pose; size?: number; label: string }) {
  return (
    <svg class="figure" viewBox="-4 -4 108 108" width={size} height={size} role="img" aria-label={label}>
      <line class="figure-ground" x1={0} y1={100} x2={100} y2={100} stroke-width={G.ground} />
      {pose.prop && <line class="figure-prop" x1={pose.prop[0][0]} y1={pose.prop[0][1]} x2={pose.prop[1][0]} y2={pose.prop[1][1]} stroke-width={G.prop} />}
      {POSE_SEGMENTS.map(([from, to, side]) => (
        <line key={`${from}-${to}`} class={`figure-limb figure-${side}`} x1={pose[from][0]} y1={pose[from][1]} x2={pose[to][0]} y2={pose[to][1]} stroke-width={G.limb} />
      ))}
      <circle class="figure-head" cx={pose.head[0]} cy={pose.head[1]} r={G.headRadius} />
      {pose.motion && <MotionArrow motion={pose.motion} />}
    </svg>
  );
}

/** Which way the movement goes, drawn over the figure in the accent colour. */
function MotionArrow({ motion }: { motion: NonNullable<Pose['motion']> }) {
  const { shaft, head } = motionArrow(motion);
  return (
    <g class="figure-motion" stroke-width={G.motion}>
      <path d={shaft} />
      <path d={head} class="figure-motion-head" />
    </g>
  );
}
