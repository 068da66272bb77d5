/** Where the build puts PRIVACY.md as plain text (wxt.config.ts), so it reads offline inside the extension. */
export const PRIVACY_PATH = '/privacy.txt';

/** A link to the privacy statement packaged with the extension, opened in a tab of its own. */
export function PrivacyLink() {
  return (
    <p class="hint">
      <a href={PRIVACY_PATH} target="_blank" rel="noopener">
        Privacy statement
      </a>
      : what Backstride keeps, where, for how long, and how to delete it.
    </p>
  );
}
