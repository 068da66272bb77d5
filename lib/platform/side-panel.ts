import { browser } from 'wxt/browser';

/** Opens the checklists beside the page: Chrome's side panel or Firefox's sidebar. Call from a click. */
export async function openChecklists(): Promise<void> {
  if (import.meta.env.FIREFOX) {
    await (browser as unknown as { sidebarAction: { open: () => Promise<void> } }).sidebarAction.open();
    return;
  }
  const win = await browser.windows.getCurrent();
  await browser.sidePanel.open({ windowId: win.id! });
}

/** Asks for the notifications permission; true when granted. Must run inside the click that turns breaks on. */
export async function requestNotifications(): Promise<boolean> {
  try {
    return await browser.permissions.request({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}
