import type { Units } from '../schemas/settings';
import { SHOES } from '../schemas/thresholds';

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

/** Distances as the plan's sentences say them, in the runner's units. */
export interface DistanceWords {
  /** A rounded distance: "900 km" or "559 mi". */
  about: (km: number) => string;
  /** Shoe mileage landmarks, as runners know them in each unit (domain brief: 500-800 km, 300-500 mi). */
  shoeWatch: string;
  shoeReplace: string;
}

/** The distance wording for a runner's units. */
export function distanceWords(units: Units): DistanceWords {
  return {
    about: (km) => `${Math.round(units === 'mi' ? km / KM_PER_MILE : km)} ${units}`,
    shoeWatch: units === 'mi' ? `${SHOES.watchMi} mi` : `${SHOES.watchKm} km`,
    shoeReplace: units === 'mi' ? `${SHOES.replaceMi} mi` : `${SHOES.replaceKm} km`,
  };
}
