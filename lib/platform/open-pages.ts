import { browser } from 'wxt/browser';

/** Opens the sheet page in a tab: a Blob made in the popup would die with the popup. */
export async function openSheetPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/sheet.html') });
}
