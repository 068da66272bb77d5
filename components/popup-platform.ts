/** What the popup needs from the browser, wired by its entrypoint. */
export interface PopupPlatform {
  openSheet: () => void;
  openChecklists: () => void;
  /** Opens the side panel, then closes the popup once `saved` (the session stored for the panel) settles. */
  continueInPanel?: (saved: Promise<void>) => Promise<void>;
  beep: () => void;
}
