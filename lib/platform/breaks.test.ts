import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_BREAK_SETTINGS } from '../schemas/checklist';
import { defineDeskItems } from '../state/desk-items';
import { BREAK_ALARM, onBreakAlarm, onBreakDue, skipBreak, snoozeBreak, startBreak, syncBreakAlarm } from './breaks';

const THU_10 = new Date(2026, 10, 26, 10, 0);
const on = { ...DEFAULT_BREAK_SETTINGS, enabled: true };
const WINDOW_IN_USE = 3;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  // The fake browser leaves these unmocked (and its windows have no "last focused" of their own):
  // answer as a browser that granted notifications, has no side panel open, and is in use in one window.
  fakeBrowser.permissions.contains = vi.fn(async () => true);
  fakeBrowser.runtime.getContexts = vi.fn(async () => []);
  fakeBrowser.windows.getLastFocused = vi.fn(async () => ({ id: WINDOW_IN_USE }) as never);
});

describe('posture-break alarms on the fake browser', () => {
  it('schedules one alarm for the next break and none while breaks are off', async () => {
    await syncBreakAlarm(on, THU_10);
    expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ name: BREAK_ALARM, scheduledTime: new Date(2026, 10, 26, 10, 20).getTime() })]);
    await syncBreakAlarm(DEFAULT_BREAK_SETTINGS, THU_10);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('shows a notification when the alarm fires, then schedules the next break', async () => {
    const items = defineDeskItems();
    await items.breakSettings.write(on);
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    await onBreakAlarm(items, new Date(2026, 10, 26, 10, 20));
    expect(created).toHaveBeenCalledWith('posture-break', expect.objectContaining({ title: 'Time for a posture break' }));
    expect((await fakeBrowser.alarms.get(BREAK_ALARM))?.scheduledTime).toBe(new Date(2026, 10, 26, 11, 0).getTime());
  });

  it('under a safety stop, the notification only says to stand up: no routine to start', async () => {
    const items = defineDeskItems();
    await items.breakSettings.write(on);
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    await onBreakAlarm(items, new Date(2026, 10, 26, 10, 20), { moveOnly: true });
    const shown = created.mock.calls[0]![1] as unknown as { title: string; message: string; buttons?: { title: string }[] };
    expect(shown.title).toBe('Time to stand up');
    expect(JSON.stringify(shown)).not.toMatch(/posture|start|exercise|stretch|hips|routine/i);
    expect(shown.buttons?.[0]?.title).toBe("I'm up");
  });

  it('leaves the break to a side panel open in the window in use: no notification, the schedule kept', async () => {
    const items = defineDeskItems();
    await items.breakSettings.write(on);
    const panelIn = (windowId: number | undefined) =>
      (fakeBrowser.runtime.getContexts = vi.fn(async () => [{ contextType: 'SIDE_PANEL', windowId, documentUrl: 'chrome-extension://x/sidepanel.html' }] as never));
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    panelIn(WINDOW_IN_USE);
    await onBreakAlarm(items, new Date(2026, 10, 26, 10, 20));
    expect(fakeBrowser.runtime.getContexts).toHaveBeenCalledWith({ contextTypes: ['SIDE_PANEL'] });
    expect(created).not.toHaveBeenCalled();
    expect((await fakeBrowser.alarms.get(BREAK_ALARM))?.scheduledTime).toBe(new Date(2026, 10, 26, 11, 0).getTime());
    // A panel left open in another window would go unseen: notify as usual.
    panelIn(WINDOW_IN_USE + 1);
    await onBreakAlarm(items, new Date(2026, 10, 26, 11, 0));
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('calls back in the page each time the break alarm goes off, and only for it', async () => {
    let due = 0;
    const stop = onBreakDue(() => due++);
    await fakeBrowser.alarms.onAlarm.trigger({ name: BREAK_ALARM, scheduledTime: 0, persistAcrossSessions: false });
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: 0, persistAcrossSessions: false });
    stop();
    await fakeBrowser.alarms.onAlarm.trigger({ name: BREAK_ALARM, scheduledTime: 0, persistAcrossSessions: false });
    expect(due).toBe(1);
  });

  it('stays quiet without the notifications permission but keeps the schedule', async () => {
    fakeBrowser.permissions.contains = vi.fn(async () => false);
    const items = defineDeskItems();
    await items.breakSettings.write(on);
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    await onBreakAlarm(items, THU_10);
    expect(created).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get(BREAK_ALARM)).toBeDefined();
  });

  it('cancels a stray alarm when breaks have been turned off', async () => {
    const items = defineDeskItems();
    await fakeBrowser.alarms.create(BREAK_ALARM, { when: THU_10.getTime() });
    await onBreakAlarm(items, THU_10);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('snoozes ten minutes, and counts breaks taken and skipped', async () => {
    const items = defineDeskItems();
    await snoozeBreak(THU_10);
    expect((await fakeBrowser.alarms.get(BREAK_ALARM))?.scheduledTime).toBe(THU_10.getTime() + 10 * 60_000);
    await startBreak(items, THU_10);
    await skipBreak(items, THU_10);
    expect((await items.breakLog.read()).value).toEqual({ '2026-11-26': { taken: 1, skipped: 1 } });
    expect((await fakeBrowser.tabs.query({})).some((t) => t.url?.endsWith('/sidepanel.html#break'))).toBe(true);
  });
});
