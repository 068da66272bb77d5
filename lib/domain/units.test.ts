import { describe, expect, it } from 'vitest';
import { distanceWords, formatDistance, fromDisplay, KM_PER_MILE, toDisplay } from './units';

describe('distances in the runner\'s units', () => {
  it('uses the international mile', () => {
    expect(KM_PER_MILE).toBe(1.609344);
  });

  it.each([
    [10, 'km', 10],
    [6.26, 'km', 6.3],
    [6.24, 'km', 6.2],
    [10, 'mi', 6.2],
    [1.609344, 'mi', 1],
    [800, 'mi', 497.1],
  ] as const)('%s km shows as %s %s', (km, units, shown) => {
    expect(toDisplay(km, units)).toBe(shown);
  });

  it.each([
    [5, 'km', 5],
    [5.25, 'km', 5.25],
    [5, 'mi', 8.047],
    [1, 'mi', 1.609],
  ] as const)('%s %s typed is stored as %s km', (value, units, km) => {
    expect(fromDisplay(value, units)).toBe(km);
  });

  it('formats with the unit', () => {
    expect(formatDistance(6.26, 'km')).toBe('6.3 km');
    expect(formatDistance(10, 'mi')).toBe('6.2 mi');
  });
});

describe('distance words', () => {
  it('rounds distances to whole units', () => {
    expect(distanceWords('km').about(899.6)).toBe('900 km');
    expect(distanceWords('mi').about(900)).toBe('559 mi');
  });

  it('gives the shoe landmarks as runners know them: 500 and 800 km, 300 and 500 mi', () => {
    expect(distanceWords('km')).toMatchObject({ shoeWatch: '500 km', shoeReplace: '800 km' });
    expect(distanceWords('mi')).toMatchObject({ shoeWatch: '300 mi', shoeReplace: '500 mi' });
  });
});
