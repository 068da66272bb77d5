import { browser } from 'wxt/browser';
import { nextBreakTime, SNOOZE_MINUTES } from '../domain/break-schedule';
import { localIsoDate } from '../domain/calendar';
import type { BreakSettings } from '../schemas/checklist';
import { breakChange } from '../state/by-day';
import type { DeskItems } from '../state/desk-items';

export const BREAK_ALARM = 'posture-break';
export const BREAK_NOTIFICATION = 'posture-break';

/** Makes the alarm match the settings: one alarm for the next break, none while breaks are off. */
export async function syncBreakAlarm(settings: BreakSettings, now = new Date()): Promise<void> {
  await browser.alarms.clear(BREAK_ALARM);
  const next = nextBreakTime(settings, now);
  if (next) await browser.alarms.create(BREAK_ALARM, { when: next.getTime() });
}

/** Whether the optional notifications permission is granted. */
export const hasNotifications = () => browser.permissions.contains({ permissions: ['notifications'] });

/** Whether the checklists are open in the window the runner last used (Chrome's side panel, Firefox's sidebar). */
export async function isPanelOpen(): Promise<boolean> {
  try {
    // Without a window, Firefox answers for the topmost one.
    if (import.meta.env.FIREFOX) return await (browser as unknown as { sidebarAction: { isOpen: (d: object) => Promise<boolean> } }).sidebarAction.isOpen({});
    const [panels, focused] = await Promise.all([browser.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }), browser.windows.getLastFocused()]);
    return panels.some((panel) => panel.windowId === focused.id);
  } catch {
    return false;
  }
}

/** Calls back each time the break alarm goes off; the open side panel offers the break itself. */
export function onBreakDue(callback: () => void): () => void {
  const listener = (alarm: { name: string }) => alarm.name === BREAK_ALARM && callback();
  browser.alarms.onAlarm.addListener(listener);
  return () => browser.alarms.onAlarm.removeListener(listener);
}

/**
 * The alarm went off: offer the break and schedule the next one. An open side panel offers it in
 * place; otherwise a notification does, if the runner allowed them. `moveOnly`: no routine, just move.
 */
export async function onBreakAlarm(items: DeskItems, now = new Date(), { moveOnly = false }: { moveOnly?: boolean } = {}): Promise<void> {
  const { value: settings } = await items.breakSettings.read();
  if (!settings.enabled) return browser.alarms.clear(BREAK_ALARM).then(() => undefined);
  if ((await hasNotifications()) && !(await isPanelOpen())) {
    const firefox = import.meta.env.FIREFOX;
    // While the safety gate stops the plan, a break suggests no exercise: just stand up and move.
    const message = moveOnly ? 'A minute on your feet, walking about.' : 'One minute: stand, open the hips, ease the back.';
    await browser.notifications.create(BREAK_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: moveOnly ? 'Time to stand up' : 'Time for a posture break',
      message: firefox ? `${message} ${moveOnly ? 'Click once you are up.' : 'Click to start.'}` : message,
      // Firefox shows no notification buttons; a click on the notification starts the break there.
      ...(firefox ? {} : { buttons: [{ title: moveOnly ? "I'm up" : 'Start the break' }, { title: `Snooze ${SNOOZE_MINUTES} min` }] }),
    });
  }
  await syncBreakAlarm(settings, now);
}

/** Opens the one-minute desk routine in a tab and counts the break as taken. */
export async function startBreak(items: DeskItems, now = new Date()): Promise<void> {
  await browser.notifications?.clear(BREAK_NOTIFICATION);
  // Merged into the stored log in one serialized step: a break answered in the panel meanwhile is kept.
  await items.breakLog.update(breakChange(localIsoDate(now), 'taken'));
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html#break') });
}

/** Snoozes: the next break comes in ten minutes instead. */
export async function snoozeBreak(now = new Date()): Promise<void> {
  await browser.notifications?.clear(BREAK_NOTIFICATION);
  await browser.alarms.create(BREAK_ALARM, { when: now.getTime() + SNOOZE_MINUTES * 60_000 });
}

/** The runner closed the notification without starting: a skipped break. */
export async function skipBreak(items: DeskItems, now = new Date()): Promise<void> {
  await items.breakLog.update(breakChange(localIsoDate(now), 'skipped'));
}
