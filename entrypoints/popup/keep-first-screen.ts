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
export async function keepFirstScreen(root: HTMLElement, keyBefore: Promise<string | null>, screen: string): Promise<boolean> {
  let touched = false;
  const touch = () => (touched = true);
  for (const type of ['pointerdown', 'keydown']) root.addEventListener(type, touch, { capture: true, once: true });
  if (!(await rested(root))) return false;
  // Which screen it was is kept whatever happens: the next open loads its code first.
  const now = new Date();
  const day = localIsoDate(now);
  const hint = { key: null, html: '', screen, day };
  const html = touched ? null : drawn(root);
  if (html === null) {
    keepSnapshot(hint);
    return false;
  }
  const [before, after] = await Promise.all([keyBefore, snapshotKey(now).catch(() => null)]);
  const kept = before !== null && before === after && !touched;
  keepSnapshot(kept ? { key: after, html, screen, day } : hint);
  if (kept) performance.mark(KEPT_MARK);
  return kept;
}

export interface RestOptions {
  /** Whether the screen is whole yet (its heading drawn, its data read): it rests only then. */
  whole?: () => boolean;
  /** How long it must go unchanged. */
  quietMs?: number;
  /** The most to wait. */
  giveUpMs?: number;
}

/**
 * Resolves true once `root` is whole and has not changed for `quietMs`, as the parts that load late
 * (a card's code) come in; false if that does not happen within `giveUpMs`.
 */
export function rested(root: HTMLElement, { whole = () => true, quietMs = QUIET_MS, giveUpMs = GIVE_UP_MS }: RestOptions = {}): Promise<boolean> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = () => {
      clearTimeout(timer);
      timer = setTimeout(() => (whole() ? done(true) : wait()), quietMs);
    };
    const observer = new MutationObserver(wait);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const giveUp = setTimeout(done, giveUpMs, false);
    wait();
    function done(ok: boolean) {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(giveUp);
      resolve(ok);
    }
  });
}
