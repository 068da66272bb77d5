import { distanceWords, formatDistance, toDisplay } from '../../lib/domain/units';
import type { Units } from '../../lib/schemas/settings';
import { SHOES } from '../../lib/schemas/thresholds';

/** The shoe's distance on a bar, with the marks where to watch the pair and where to replace it. */
export function ShoeGauge({ km, units }: { km: number; units: Units }) {
  const value = toDisplay(km, units);
  const watch = units === 'mi' ? SHOES.watchMi : SHOES.watchKm;
  const replace = units === 'mi' ? SHOES.replaceMi : SHOES.replaceKm;
  // The scale runs a little past the replace mark, or past the distance if that is further.
  const top = Math.max(replace * 1.15, value * 1.05);
  const at = (v: number) => `${Math.min(100, (v / top) * 100)}%`;
  const words = distanceWords(units);
  const advice = value >= replace ? `Time for a new pair: ${words.shoeReplace} and over.` : value >= watch ? `Keep an eye on this pair (${words.shoeWatch} and over); replace it by ${words.shoeReplace}.` : `Watch a pair from ${words.shoeWatch}; replace by ${words.shoeReplace}.`;
  return (
    <div class="pv-shoes">
      <p>
        <strong>{formatDistance(km, units)}</strong> on this pair. {advice}
      </p>
      <div class={`pv-gauge${value >= replace ? ' pv-gauge-replace' : value >= watch ? ' pv-gauge-watch' : ''}`} aria-hidden="true">
        <span class="pv-gauge-fill" style={{ width: at(value) }} />
        <span class="pv-gauge-mark" style={{ left: at(watch) }} />
        <span class="pv-gauge-mark" style={{ left: at(replace) }} />
      </div>
      <div class="pv-gauge-labels small" aria-hidden="true">
        <span style={{ left: at(watch) }}>{words.shoeWatch}</span>
        <span style={{ left: at(replace) }}>{words.shoeReplace}</span>
      </div>
    </div>
  );
}
