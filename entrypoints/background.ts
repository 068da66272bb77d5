import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BREAK_ALARM, BREAK_NOTIFICATION, onBreakAlarm, skipBreak, snoozeBreak, startBreak, syncBreakAlarm } from '../lib/platform/breaks';
import { defineDeskItems } from '../lib/state/desk-items';
import { canonicalJson } from '../lib/state/canonical-json';
import { stopShown } from '../lib/state/stop-rule';
import { defineStoredItems } from '../lib/state/stored-items';

export default defineBackground(() => {
  const items = defineDeskItems();
  const { profile } = defineStoredItems();
  // A write that leaves the settings as they read (a value stored with its defaults filled in, a
  // seal) must not set the next break back: the alarm is set again only when the settings change.
  let synced: string | null = null;
  const sync = async (force = false) => {
    const settings = (await items.breakSettings.read()).value;
    const now = canonicalJson(settings);
    if (!force && now === synced) return;
    synced = now;
    await syncBreakAlarm(settings);
  };

  // The alarm follows the switch: created when breaks go on, removed when they go off.
  browser.runtime.onInstalled.addListener(() => void sync(true));
  browser.runtime.onStartup.addListener(() => void sync(true));
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
