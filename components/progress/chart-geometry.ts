/** The top of the 0-10 pain scale the log records. */
export const PAIN_TOP = 10;

/** The chart's drawing box (SVG user units); it scales to the popup's width. */
export const VIEW = { width: 340, height: 176 } as const;
/** Where the plot sits inside it: room on the left for the pain labels, below for the weeks. */
export const PLOT = { left: 24, right: 334, top: 8, bottom: 150 } as const;

/** The x of a day's points: the middle of its slot, `days` slots across. */
export const xOf = (day: number, days: number) => PLOT.left + ((day + 0.5) * (PLOT.right - PLOT.left)) / days;

/** The y of a pain (0 at the bottom, 10 at the top). */
export const yOf = (pain: number) => PLOT.bottom - (pain * (PLOT.bottom - PLOT.top)) / PAIN_TOP;

/** Two decimals: steady numbers in the markup and in tests. */
export const round2 = (n: number) => Math.round(n * 100) / 100;
