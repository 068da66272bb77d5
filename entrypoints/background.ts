import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BREAK_ALARM, BREAK_NOTIFICATION, onBreakAlarm, skipBreak, snoozeBreak, startBreak, syncBreakAlarm } from '../lib/platform/breaks';
import { defineDeskItems } from '../lib/state/desk-items';
import { stopShown } from '../lib/state/stop-rule';
import { defineStoredItems } from '../lib/state/stored-items';

export default defineBackground(() => {
  const items = defineDeskItems();
  const { profile } = defineStoredItems();
  const sync = async () => syncBreakAlarm((await items.breakSettings.read()).value);

  // The alarm follows the switch: created when breaks go on, removed when they go off.
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  items.breakSettings.watch(() => void sync());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BREAK_ALARM) void profile.read().then((p) => onBreakAlarm(items, new Date(), { moveOnly: stopShown(p.value) }));
  });

  // notifications is optional: its events exist only once the runner has allowed it.
  if (browser.notifications) {
    browser.notifications.onClicked.addListener((id) => {
      if (id === BREAK_NOTIFICATION) void startBreak(items);
    });
    browser.notifications.onButtonClicked?.addListener((id, button) => {
      if (id !== BREAK_NOTIFICATION) return;
      void (button === 0 ? startBreak(items) : snoozeBreak());
    });
    browser.notifications.onClosed.addListener((id, byUser) => {
      if (id === BREAK_NOTIFICATION && byUser) void skipBreak(items);
    });
  }
});
