import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from '../support/extension';

// Fault injection in real Chromium: corrupt values of every stored item go straight into
// chrome.storage.local, then the popup, the side panel and the sheet page open. Each must show its
// screen (with a notice where it reads the bad item), log no uncaught error, and lose nothing that
// could still be read.

type Chrome = { chrome: { storage: { local: { set: (v: object) => Promise<void>; get: (k?: string | null) => Promise<Record<string, unknown>>; clear: () => Promise<void> } } } };
type Item = 'profile' | 'settings' | 'weekPlan' | 'ticks' | 'breakSettings' | 'breakLog';

const today = new Date();
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const dayOffset = (n: number) => iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() + n));
const TODAY = dayOffset(0);
const YESTERDAY = dayOffset(-1);

/** A returning runner: finished questions, a programme that started today, a tick and a break yesterday. */
const GOOD = {
  profile: { answers: { painLevel: 2, weeklyKm: 35, shoeKm: 650, plankSeconds: 20 }, safetyAnswered: true, step: 7, done: true },
  profile$: { v: 2 },
  settings: { units: 'km', paper: 'a4', startDate: TODAY, sound: false },
  settings$: { v: 2 },
  ticks: { [YESTERDAY]: ['water'] },
  breakLog: { [YESTERDAY]: { taken: 2, skipped: 1 } },
};

/** Which pages read which item, so must show its notice. */
const READERS: Record<'popup' | 'sidepanel' | 'sheet', Item[]> = {
  popup: ['profile', 'settings'],
  sidepanel: ['profile', 'settings', 'ticks', 'breakSettings', 'breakLog'],
  sheet: ['profile', 'settings'],
};
const HEADINGS = { popup: /Week 1 of 8|safety check/, sidepanel: /At your desk/, sheet: /Your printable week/ };

interface Fault {
  name: string;
  /** Items it corrupts (the pages reading them show a notice). */
  items: Item[];
  write: Record<string, unknown>;
  /** What must still be stored afterwards: what could be read. */
  kept?: (stored: Record<string, unknown>) => void;
}

const keptAnswers = (stored: Record<string, unknown>) => expect(stored.profile).toMatchObject({ answers: { painLevel: 2, weeklyKm: 35, shoeKm: 650 } });
const keptTicks = (stored: Record<string, unknown>) => expect((stored.ticks as Record<string, string[]>)[YESTERDAY]).toEqual(['water']);

const FAULTS: Fault[] = [
  {
    name: 'answers of the wrong type',
    items: ['profile'],
    write: { profile: { ...GOOD.profile, answers: { ...GOOD.profile.answers, plankSeconds: 'long', redFlags: 'none' } } },
    kept: keptAnswers,
  },
  {
    name: 'unknown fields in the answers and the profile',
    items: ['profile'],
    write: { profile: { ...GOOD.profile, answers: { ...GOOD.profile.answers, painlevel: 9 }, theme: 'dark' } },
    kept: keptAnswers,
  },
  { name: 'a profile that is not an object', items: ['profile'], write: { profile: 'garbage' } },
  {
    name: 'a profile from a future version',
    items: ['profile'],
    write: { profile: { ...GOOD.profile, mood: 'fine' }, profile$: { v: 99 } },
    kept: keptAnswers,
  },
  {
    name: 'settings of the wrong types, with a start date that is no date',
    items: ['settings'],
    write: { settings: { units: 'furlongs', paper: 'a4', startDate: '2026-13-45', sound: 'loud' } },
    kept: (s) => expect(s.settings).toMatchObject({ paper: 'a4', units: 'km', startDate: null }),
  },
  { name: 'settings from a future version', items: ['settings'], write: { settings: { ...GOOD.settings, units: 'mi', theme: 'dark' }, settings$: { v: 99 } }, kept: (s) => expect(s.settings).toMatchObject({ units: 'mi' }) },
  { name: 'a stored plan that is not a plan', items: ['weekPlan'], write: { weekPlan: 42 } },
  { name: 'a stored plan with no week and seven odd days', items: ['weekPlan'], write: { weekPlan: { builtFrom: 'x', plan: { safety: { stop: false }, causes: [], week: null } } } },
  {
    name: 'ticks with a bad day among good ones',
    items: ['ticks'],
    write: { ticks: { [YESTERDAY]: ['water'], 'not-a-date': ['x'], '2026-02-30': ['y'], [dayOffset(-2)]: 'feet-flat' } },
    kept: keptTicks,
  },
  {
    name: 'a huge tick history and days after today',
    items: [],
    write: { ticks: { ...Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [dayOffset(-i - 2), ['water', 'feet-flat']])), [YESTERDAY]: ['water'], [dayOffset(3)]: ['omega-3'] } },
    kept: (s) => (keptTicks(s), expect((s.ticks as Record<string, string[]>)[dayOffset(3)]).toEqual(['omega-3'])),
  },
  {
    name: 'break settings of the wrong types',
    items: ['breakSettings'],
    write: { breakSettings: { enabled: 'yes', everyMinutes: 5, start: '25:00', end: '16:00', days: ['mon', 'tue'] } },
    kept: (s) => expect(s.breakSettings).toMatchObject({ enabled: false, end: '16:00', days: ['mon', 'tue'] }),
  },
  {
    name: 'a break history with a bad day, from a future version',
    items: ['breakLog'],
    write: { breakLog: { [YESTERDAY]: { taken: 2, skipped: 1 }, [dayOffset(-2)]: { taken: -4 } }, breakLog$: { v: 99 } },
    kept: (s) => expect((s.breakLog as Record<string, unknown>)[YESTERDAY]).toEqual({ taken: 2, skipped: 1 }),
  },
  {
    name: 'every item bad at once',
    items: ['profile', 'settings', 'weekPlan', 'ticks', 'breakSettings', 'breakLog'],
    write: { profile: [1, 2], settings: null, settings$: { v: 'two' }, weekPlan: 'x', ticks: { [YESTERDAY]: ['water'], bad: 1 }, breakSettings: 7, breakLog: { bad: true } },
    kept: keptTicks,
  },
];

let ext: LoadedExtension;
let worker: Worker;
let opened: Page[] = [];
const errors: string[] = [];

const storage = (fn: (local: Chrome['chrome']['storage']['local'], v: unknown) => Promise<unknown>, value?: unknown) =>
  worker.evaluate(`(${fn.toString()})(chrome.storage.local, ${JSON.stringify(value ?? null)})`) as Promise<Record<string, unknown>>;

/** Opens an extension page, recording its uncaught errors and console errors. */
async function open(name: keyof typeof READERS): Promise<Page> {
  const page = await ext.context.newPage();
  opened.push(page);
  page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${name} console: ${m.text()}`));
  await page.setViewportSize(name === 'sidepanel' ? { width: 320, height: 800 } : { width: 380, height: 600 });
  await page.goto(`chrome-extension://${ext.id}/${name}.html`);
  await page.getByRole('heading', { level: 1, name: HEADINGS[name] }).waitFor({ timeout: 10_000 });
  return page;
}

beforeAll(async () => {
  ext = await launchExtension();
  worker = ext.context.serviceWorkers()[0]!;
}, 60_000);
afterAll(async () => {
  const outgoing = ext.outgoing;
  await ext.close();
  expect(outgoing).toEqual([]);
});
afterEach(async () => {
  await Promise.all(opened.map((p) => p.close()));
  opened = [];
  errors.length = 0;
});

describe('corrupt storage in real Chromium', () => {
  it.each(FAULTS)('$name: every page shows its screen with a notice, no error, nothing readable lost', async ({ items, write, kept }) => {
    await storage((local) => local.clear());
    await storage((local, v) => local.set(v as object), { ...GOOD, ...write });
    for (const name of ['popup', 'sidepanel', 'sheet'] as const) {
      const page = await open(name);
      const notice = page.getByRole('status').filter({ hasText: /could not read|newer version/ });
      if (READERS[name].some((item) => items.includes(item))) await notice.first().waitFor({ timeout: 5000 });
      // The side panel's checklists still work: a tick is saved next to what was there.
      if (name === 'sidepanel') {
        await page.getByLabel(/Feet flat on the floor/).check();
        await expect.poll(async () => ((await storage((local) => local.get('ticks'))).ticks as Record<string, string[]>)?.[TODAY]).toEqual(['feet-flat']);
      }
    }
    const stored = await storage((local) => local.get(null));
    kept?.(stored);
    // Every item the runner owns that could not be read whole is kept aside until its notice is dismissed.
    for (const item of items.filter((i) => i !== 'weekPlan' && write[i] !== null)) expect(stored[`${item}Backup`], item).toBeDefined();
    expect(errors).toEqual([]);
  });

  it("a plan stored under this week's own key that makes no sense is built again, never a blank popup", async () => {
    await storage((local) => local.clear());
    await storage((local, v) => local.set(v as object), GOOD);
    // The popup shows the plan it built, then stores it: open until it is stored.
    const first = await open('popup');
    await expect.poll(async () => (await storage((local) => local.get('weekPlan'))).weekPlan).toBeDefined();
    await first.close();
    const { weekPlan } = (await storage((local) => local.get('weekPlan'))) as { weekPlan: { builtFrom: string; plan: { week: { days: unknown[] } } } };
    for (const plan of [{ ...weekPlan.plan, week: null }, { ...weekPlan.plan, week: { ...weekPlan.plan.week, days: [...weekPlan.plan.week.days].reverse() } }]) {
      await storage((local, v) => local.set({ weekPlan: v }), { builtFrom: weekPlan.builtFrom, plan });
      const popup = await open('popup');
      await popup.getByRole('heading', { name: /^Today, / }).waitFor({ timeout: 5000 });
    }
    expect(errors).toEqual([]);
  });

  it('dismissing the notice puts the kept original away, and it does not come back', async () => {
    await storage((local) => local.clear());
    await storage((local, v) => local.set(v as object), { ...GOOD, settings: { ...GOOD.settings, units: 'mi' }, settings$: { v: 99 } });
    const popup = await open('popup');
    await popup.getByRole('status').getByRole('button', { name: 'OK' }).click();
    await expect.poll(async () => (await storage((local) => local.get('settingsBackup'))).settingsBackup).toBeUndefined();
    const again = await open('popup');
    expect(await again.getByRole('status').count()).toBe(0);
    expect(await again.getByRole('heading', { name: 'Week 1 of 8' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('concurrent writers in real Chromium', () => {
  it('shares one lock between the side panel and the background worker (Web Locks), so their updates queue', async () => {
    const panel = await open('sidepanel');
    await panel.evaluate(() => void navigator.locks.request('backstride:probe', () => new Promise((r) => setTimeout(r, 3000))));
    const free = await worker.evaluate(() => navigator.locks.request('backstride:probe', { ifAvailable: true }, (lock) => lock !== null));
    expect(free).toBe(false);
  });

  it('keeps every tick when two side panels tick at the same moment', async () => {
    await storage((local) => local.clear());
    const [left, right] = [await open('sidepanel'), await open('sidepanel')];
    // The diet list starts folded: open it in both panels first.
    for (const page of [left, right]) await page.getByRole('button', { name: /Diet/ }).click();
    await Promise.all([left.getByLabel(/Feet flat on the floor/).check(), right.getByLabel(/Water through the day/).check(), left.getByLabel(/Omega-3/).check()]);
    await expect
      .poll(async () => [...(((await storage((local) => local.get('ticks'))).ticks as Record<string, string[]>)?.[TODAY] ?? [])].sort())
      .toEqual(['feet-flat', 'omega-3', 'water']);
    for (const page of [left, right]) for (const label of [/Feet flat on the floor/, /Water through the day/, /Omega-3/]) await page.getByLabel(label).and(page.locator(':checked')).waitFor({ timeout: 5000 });
    expect(errors).toEqual([]);
  });
});
