import { PAIN } from '../../lib/schemas/thresholds';
import { dayDate } from '../long-date';
import { PAIN_TOP, PLOT, round2, VIEW, xOf, yOf } from './chart-geometry';
import type { PainDays, PainPoint } from './pain-days';

// Integer pains sit inside their zone: the bands change half a point below each zone's first value.
const ZONES = [
  { name: 'green', from: 0, to: PAIN.amberFrom - 0.5 },
  { name: 'amber', from: PAIN.amberFrom - 0.5, to: PAIN.redFrom - 0.5 },
  { name: 'red', from: PAIN.redFrom - 0.5, to: PAIN_TOP },
] as const;
const PAIN_TICKS = [0, 2, 4, 6, 8, 10];
const COMPARED = { better: 'better than usual', same: 'as usual', worse: 'worse than usual' } as const;
/** A marker's half-size: big enough to tell a circle from a square at popup width. */
const MARK = 3.5;

const path = (points: readonly PainPoint[], days: number) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round2(xOf(p.day, days))} ${round2(yOf(p.pain))}`).join(' ');

/** A short description of the chart, for the SVG's aria-label. */
export function chartLabel(data: PainDays): string {
  const weeks = data.weeks === 1 ? 'the first week' : `${data.weeks} weeks`;
  const flares = data.flares.length === 0 ? '' : `, ${data.flares.length === 1 ? 'a flare' : `${data.flares.length} flares`} (triangles at the top)`;
  return `Back pain by day over ${weeks}: ${data.sessions.length} days with session pain (circles, solid line), ${data.mornings.length} mornings (squares, dashed line)${flares}, on a scale of 0 to 10. Each week is summarised below.`;
}

/** Session and morning pain by day, drawn by hand: circles on a solid line, squares on a dashed one. */
export function PainChart({ data }: { data: PainDays }) {
  const days = data.weeks * 7;
  const weekWidth = (PLOT.right - PLOT.left) / data.weeks;
  // Label every week while the labels fit, else every other one.
  const labelEvery = weekWidth >= 24 ? 1 : 2;
  return (
    <svg class="pv-chart" viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} role="img" aria-label={chartLabel(data)}>
      {ZONES.map((z) => (
        <rect key={z.name} class={`pv-zone pv-zone-${z.name}`} x={PLOT.left} width={PLOT.right - PLOT.left} y={round2(yOf(z.to))} height={round2(yOf(z.from) - yOf(z.to))} />
      ))}
      {PAIN_TICKS.map((p) => (
        <g key={p}>
          <line class="pv-grid" x1={PLOT.left} x2={PLOT.right} y1={yOf(p)} y2={yOf(p)} />
          <text class="pv-tick" x={PLOT.left - 5} y={yOf(p)} text-anchor="end" dominant-baseline="middle">
            {p}
          </text>
        </g>
      ))}
      {Array.from({ length: data.weeks }, (_, i) => (
        <g key={i}>
          {i > 0 && <line class="pv-week-line" x1={PLOT.left + i * weekWidth} x2={PLOT.left + i * weekWidth} y1={PLOT.top} y2={PLOT.bottom + 4} />}
          {i % labelEvery === 0 && (
            <text class="pv-tick" x={round2(PLOT.left + (i + 0.5) * weekWidth)} y={PLOT.bottom + 16} text-anchor="middle">
              {`W${i + 1}`}
            </text>
          )}
        </g>
      ))}
      <line class="pv-axis" x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={PLOT.bottom} />
      <line class="pv-axis" x1={PLOT.left} x2={PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} />
      <path class="pv-line pv-line-session" d={path(data.sessions, days)} />
      <path class="pv-line pv-line-morning" d={path(data.mornings, days)} />
      {data.sessions.map((p) => (
        <circle key={`s${p.day}`} class="pv-point pv-point-session" cx={round2(xOf(p.day, days))} cy={round2(yOf(p.pain))} r={MARK}>
          <title>{`${dayDate(p.date)}: session pain ${p.pain}/10`}</title>
        </circle>
      ))}
      {data.mornings.map((p) => (
        <rect key={`m${p.day}`} class="pv-point pv-point-morning" x={round2(xOf(p.day, days) - MARK)} y={round2(yOf(p.pain) - MARK)} width={MARK * 2} height={MARK * 2}>
          <title>{`${dayDate(p.date)}: morning pain ${p.pain}/10, ${COMPARED[p.compared]}`}</title>
        </rect>
      ))}
      {data.flares.map((f) => (
        <path key={`f${f.day}`} class="pv-flare" d={flareMark(xOf(f.day, days))}>
          <title>{`${dayDate(f.date)}: a flare`}</title>
        </path>
      ))}
    </svg>
  );
}

/** A small triangle pointing down at the top of the plot, over the flare's day. */
const flareMark = (x: number) => `M${round2(x - MARK - 1)} ${PLOT.top} L${round2(x + MARK + 1)} ${PLOT.top} L${round2(x)} ${PLOT.top + 2 * MARK + 1} Z`;

/** The key below the chart, drawn with the same shapes and dashes as the lines (the swatches hidden from screen readers). */
export function ChartKey({ flares }: { flares: boolean }) {
  return (
    <p class="pv-key small">
      <span>
        <svg viewBox="0 0 24 10" width="24" height="10" aria-hidden="true">
          <line class="pv-line pv-line-session" x1="0" x2="24" y1="5" y2="5" />
          <circle class="pv-point pv-point-session" cx="12" cy="5" r={MARK} />
        </svg>{' '}
        Sessions (worst of the day)
      </span>
      <span>
        <svg viewBox="0 0 24 10" width="24" height="10" aria-hidden="true">
          <line class="pv-line pv-line-morning" x1="0" x2="24" y1="5" y2="5" />
          <rect class="pv-point pv-point-morning" x={12 - MARK} y={5 - MARK} width={MARK * 2} height={MARK * 2} />
        </svg>{' '}
        Mornings
      </span>
      {flares && (
        <span>
          <svg viewBox="0 0 24 10" width="24" height="10" aria-hidden="true">
            <path class="pv-flare" d={`M${11 - MARK} 1 L${13 + MARK} 1 L12 ${2 + 2 * MARK} Z`} />
          </svg>{' '}
          Flare
        </span>
      )}
      <span>Shading: 0–3 fine, 4–5 acceptable, 6+ too much</span>
    </p>
  );
}
