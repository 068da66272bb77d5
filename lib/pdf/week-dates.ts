const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 Dec" */
export const shortDate = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;

/** "1 Dec - 7 Dec 2026" (or across years, each with its year). */
export function dateRange(from: Date, to: Date): string {
  if (from.getUTCFullYear() === to.getUTCFullYear()) return `${shortDate(from)} - ${shortDate(to)} ${to.getUTCFullYear()}`;
  return `${shortDate(from)} ${from.getUTCFullYear()} - ${shortDate(to)} ${to.getUTCFullYear()}`;
}
