import { useState } from 'preact/hooks';
import { distanceWords, formatDistance, fromDisplay, toDisplay } from '../../lib/domain/units';
import type { ShoePair } from '../../lib/schemas/log';
import type { Units } from '../../lib/schemas/settings';
import { Disclaimer } from '../Disclaimer';
import { useScreenHeading } from '../use-screen-heading';

const MAX_KM = 5000;

export interface ShoesViewProps {
  /** The pair in use, if one is named. */
  pair: ShoePair | null;
  /** Distance on the shoes now (km): the pair's tracked distance, or the answers' estimate. */
  km: number | null;
  units: Units;
  onSave: (name: string, km: number) => void;
  onClose: () => void;
}

/** The shoes in use: name the pair and its distance so far, or start a new pair from zero. Each logged run adds to it. */
export function ShoesView({ pair, km, units, onSave, onClose }: ShoesViewProps) {
  const heading = useScreenHeading();
  const d = distanceWords(units);
  const [name, setName] = useState('');
  const [fresh, setFresh] = useState(pair !== null);
  const [distance, setDistance] = useState(pair ? '0' : km === null ? '' : String(toDisplay(km, units)));
  const [error, setError] = useState<string | null>(null);
  const save = (e: Event) => {
    e.preventDefault();
    const value = fresh ? 0 : Number(distance.replace(',', '.'));
    if (name.trim().length === 0 || name.trim().length > 40) return setError('Give the pair a name of 1 to 40 letters, like "Blue trainers".');
    if (distance.trim() === '' || !Number.isFinite(value) || value < 0 || fromDisplay(value, units) > MAX_KM) return setError(`Enter the distance on them so far, 0 to ${formatDistance(MAX_KM, units)}.`);
    setError(null);
    onSave(name, fromDisplay(value, units));
    onClose();
  };
  return (
    <main class="shoes">
      <header class="plan-header">
        <h1 tabIndex={-1} ref={heading}>Your shoes</h1>
        <button type="button" class="link" onClick={onClose}>
          Done
        </button>
      </header>
      {pair ? (
        <p>
          You are running in <strong>{pair.name}</strong>: about {d.about(km ?? pair.startKm)} so far. Each run you log adds to it.
        </p>
      ) : (
        <p>Name the pair you run in and each run you log adds to its distance.{km !== null && ` Your answers put them at about ${d.about(km)}.`}</p>
      )}
      <p class="small">
        Keep an eye on them from {d.shoeWatch}; most pairs need replacing by {d.shoeReplace}, sooner if they feel flat.
      </p>
      <form onSubmit={save} class="card">
        <h2>{pair ? 'A new pair' : 'Name your pair'}</h2>
        <div class="field">
          <label for="shoe-name">Name</label>
          <input id="shoe-name" type="text" maxLength={40} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        {pair && (
          <label class="option">
            <input type="checkbox" checked={fresh} onChange={(e) => setFresh(e.currentTarget.checked)} />
            <span>Brand new (starts from zero)</span>
          </label>
        )}
        {!fresh && (
          <div class="field">
            <label for="shoe-km">Distance on them so far ({units})</label>
            <input id="shoe-km" type="text" inputMode="decimal" value={distance} onInput={(e) => setDistance(e.currentTarget.value)} />
          </div>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="primary">
          {pair ? 'Start using this pair' : 'Save'}
        </button>
      </form>
      <Disclaimer />
    </main>
  );
}
