import { browser } from 'wxt/browser';

/**
 * What identifies the code and data that build plans: the extension's version. A development
 * build changes without a new version number, so it never trusts a stored plan.
 */
export const buildId = (): string => (import.meta.env.DEV ? `dev ${Date.now()}` : browser.runtime.getManifest().version);
