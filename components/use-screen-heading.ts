import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/** The performance mark set when the first screen's heading is on screen (the bench's popupReadyMs). */
export const READY_MARK = 'backstride:ready';
/** The element-timing name of each screen's heading: the browser times its first paint (the bench's popupVsBlank). */
export const HEADING_TIMING = 'backstride-heading';

/** Whether the page's first screen has shown its heading yet, and what waits for it. */
let firstScreenShown = false;
const onFirstScreen: (() => void)[] = [];

/** Calls `then` once the page's first screen (its first heading) is on screen: at once if it is already. */
export function whenFirstScreen(then: () => void): void {
  if (firstScreenShown) then();
  else onFirstScreen.push(then);
}

/**
 * For a screen's h1: focuses it when the screen appears, so keyboard and screen-reader users land
 * in the right place, and marks the first one shown.
 */
export function useScreenHeading<T extends HTMLElement = HTMLHeadingElement>() {
  const ref = useRef<T>(null);
  // Before the paint, so the browser records when the heading's text first painted.
  useLayoutEffect(() => ref.current?.setAttribute('elementtiming', HEADING_TIMING), []);
  useEffect(() => {
    ref.current?.focus();
    if (firstScreenShown) return;
    firstScreenShown = true;
    performance.mark(READY_MARK);
    for (const then of onFirstScreen.splice(0)) then();
  }, []);
  return ref;
}
