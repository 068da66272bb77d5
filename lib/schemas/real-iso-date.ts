// No zod here: the popup's first screen checks dates with this, and zod loads only when a stored value needs it.

/** The one pattern for calendar dates: YYYY-MM-DD. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True when `text` is YYYY-MM-DD and names a real day (no 2026-13-45, no 2023-02-29). */
export function isRealIsoDate(text: string): boolean {
  const m = ISO_DATE_PATTERN.exec(text);
  if (!m) return false;
  const [y, mo, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
