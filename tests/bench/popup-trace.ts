import type { Page } from 'playwright-core';

/** One open of a page, on its own clock (ms from navigation start). */
export interface OpenTrace {
  /** Each file fetched: when its request started and when its last byte arrived. */
  files: { path: string; start: number; end: number }[];
  /** The page's own `backstride:` marks (see entrypoints/popup/main.tsx) and the navigation's milestones. */
  marks: Record<string, number>;
}

/** Reads an open's trace: request times (from Playwright, epoch ms) moved onto the page's clock, and its marks. */
export async function traceOf(page: Page, requests: { path: string; start: number; end: number }[]): Promise<OpenTrace> {
  const { origin, marks } = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const own = Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('backstride:')).map((m) => [m.name, m.startTime]));
    return { origin: performance.timeOrigin, marks: { ...(nav ? { 'html received': nav.responseEnd, 'DOMContentLoaded': nav.domContentLoadedEventStart } : {}), ...own } };
  });
  return { files: requests.map((r) => ({ path: r.path, start: r.start - origin, end: r.end - origin })), marks };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number | undefined) => (n === undefined ? '   -  ' : n.toFixed(1).padStart(6));

/** Where an open's time goes, median over the opens: each file's fetch and the page's marks, in time order. */
export function formatTrace(label: string, opens: { ms: number; trace: OpenTrace }[]): string {
  const rows: { what: string; start: number; end?: number }[] = [];
  const paths = [...new Set(opens.flatMap((o) => o.trace.files.map((f) => f.path)))];
  for (const path of paths) {
    const seen = opens.map((o) => o.trace.files.find((f) => f.path === path)).filter((f) => f !== undefined);
    if (seen.length < opens.length / 2) continue;
    rows.push({ what: `fetch ${path.replace(/^\/chunks\//, '')}`, start: median(seen.map((f) => f.start)), end: median(seen.map((f) => f.end)) });
  }
  const names = [...new Set(opens.flatMap((o) => Object.keys(o.trace.marks)))];
  for (const name of names) {
    const seen = opens.map((o) => o.trace.marks[name]).filter((t) => t !== undefined);
    if (seen.length >= opens.length / 2) rows.push({ what: `mark ${name}`, start: median(seen) });
  }
  rows.push({ what: 'heading painted (Element Timing)', start: median(opens.map((o) => o.ms)) });
  rows.sort((a, b) => a.start - b.start);
  return [`${label}: median of ${opens.length} opens, ms from navigation start`, '   start     end  what', ...rows.map((r) => `  ${ms(r.start)}  ${ms(r.end)}  ${r.what}`)].join('\n');
}
