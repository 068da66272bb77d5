/**
 * The text sizes the theme designs (15 px root): what the runner should see in every browser,
 * whatever the browser's own stylesheet gives extension pages (Chrome: body { font-size: 75% }).
 */
export const DESIGNED_PX = {
  body: 15,
  bodyText: 15,
  answer: 15,
  button: 15,
  checklistItem: 15,
  exerciseName: 15,
  hint: 12.75,
} as const;

export type TextPart = keyof typeof DESIGNED_PX;

/** Where each part is found, on the screen that shows it. */
export const TEXT_SELECTORS = {
  safetyStep: { body: 'body', answer: 'form .option', button: 'form button[type=submit]', hint: '.step-count, .hint' },
  plan: { bodyText: '.session-row > span', button: '.actions button' },
  overview: { exerciseName: '.overview-list li > span:first-child' },
  sidePanel: { checklistItem: '.checklist label.option' },
} as const satisfies Record<string, Partial<Record<TextPart, string>>>;

/** Runs in the page: the computed font size in px of the first match of each selector (null if none). */
export function computedSizes(selectors: Record<string, string>): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [part, selector] of Object.entries(selectors)) {
    const el = document.querySelector(selector);
    out[part] = el ? parseFloat(getComputedStyle(el).fontSize) : null;
  }
  return out;
}

/** The designed sizes of the parts a screen shows. */
export const designedFor = (selectors: Record<string, string>) =>
  Object.fromEntries(Object.keys(selectors).map((part) => [part, DESIGNED_PX[part as TextPart]]));
