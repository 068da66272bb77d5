import type { Units } from '../schemas/settings';

export const KM_PER_MILE = 1.609344;

/** A distance in km shown in the runner's units, to one decimal. */
export function toDisplay(km: number, units: Units): number {
  const value = units === 'mi' ? km / KM_PER_MILE : km;
  return Math.round(value * 10) / 10;
}

/** A distance typed in the runner's units, back to km for storage. */
export function fromDisplay(value: number, units: Units): number {
  return units === 'mi' ? Math.round(value * KM_PER_MILE * 1000) / 1000 : value;
}

/** "6.3 km" or "3.9 mi" */
export const formatDistance = (km: number, units: Units) => `${toDisplay(km, units)} ${units}`;
