import type { Units } from '../lib/schemas/settings';

/** Kilometres or miles; distances are stored in km either way. */
export function UnitsSwitch({ units, onChange }: { units: Units; onChange: (units: Units) => void }) {
  return (
    <fieldset class="units-switch">
      <legend class="visually-hidden">Distance units</legend>
      {(['km', 'mi'] as const).map((u) => (
        <label key={u} class={units === u ? 'on' : ''}>
          <input type="radio" name="units" value={u} checked={units === u} onChange={() => onChange(u)} />
          {u === 'km' ? 'km' : 'miles'}
        </label>
      ))}
    </fieldset>
  );
}
