import { localIsoDate } from '../../lib/domain/calendar';
import { keepSnapshot, snapshotKey } from '../../lib/state/popup-snapshot';

/** Marked once the first screen is kept for the next open (the bench waits for it, as a runner reading would). */
export const KEPT_MARK = 'backstride:snapshot kept';
/** Marked when the app's screen takes the snapshot's place. */
export const REPLACED_MARK = 'backstride:snapshot replaced';

/** How long the first screen must rest (no change to its DOM) before it is kept; and the most to wait. */
const QUIET_MS = 250;
const GIVE_UP_MS = 3_000;

/**
 * The screen's HTML as it looks: a box ticked, a number typed or an option chosen live in properties,
 * which HTML leaves out, so they are written into a copy's attributes first.
 */
export function drawn(root: HTMLElement): string | null {
  const copy = root.cloneNode(true) as HTMLElement;
  const fields = 'input, textarea, select';
  const live = root.querySelectorAll(fields);
  copy.querySelectorAll(fields).forEach((field, i) => {
    const from = live[i];
    if (from instanceof HTMLInputElement) {
      field.toggleAttribute('checked', from.checked);
      field.setAttribute('value', from.value);
    } else if (from instanceof HTMLTextAreaElement) field.textContent = from.value;
    else if (from instanceof HTMLSelectElement) [...from.options].forEach((option, j) => (field as HTMLSelectElement).options[j]?.toggleAttribute('selected', option.selected));
  });
  // Element.getHTML: Chrome 125, Firefox 128; an older browser keeps no copy.
  return typeof copy.getHTML === 'function' ? copy.getHTML() : null;
}

/**
 * Keeps the first screen for the next open once it has settled, untouched by the runner (resolves
 * with whether it was kept), and only
 * if storage still holds what it held before the app read it (`keyBefore`): otherwise the copy could
 * show something the data no longer says, so only the name of the `screen` is kept and the next open
 * draws afresh (loading that screen's code first).
 */
export function keepFirstScreen(root: HTMLElement, keyBefore: Promise<string | null>, screen: string): Promise<boolean> {
  let settled = (_kept: boolean) => {};
  const result = new Promise<boolean>((resolve) => (settled = resolve));
  let touched = false;
  const touch = () => (touched = true);
  for (const type of ['pointerdown', 'keydown']) root.addEventListener(type, touch, { capture: true, once: true });
  let timer = setTimeout(settle, QUIET_MS);
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(settle, QUIET_MS);
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  const giveUp = setTimeout(() => {
    observer.disconnect();
    clearTimeout(timer);
    settled(false);
  }, GIVE_UP_MS);

  async function settle() {
    observer.disconnect();
    clearTimeout(giveUp);
    // Which screen it was is kept whatever happens: the next open loads its code first.
    const now = new Date();
    const day = localIsoDate(now);
    const hint = { key: null, html: '', screen, day };
    const html = touched ? null : drawn(root);
    if (html === null) {
      keepSnapshot(hint);
      return settled(false);
    }
    const [before, after] = await Promise.all([keyBefore, snapshotKey(now).catch(() => null)]);
    const kept = before !== null && before === after && !touched;
    keepSnapshot(kept ? { key: after, html, screen, day } : hint);
    if (kept) performance.mark(KEPT_MARK);
    settled(kept);
  }
  return result;
}
