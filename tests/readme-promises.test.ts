import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe("the README's storage promises", () => {
  it('each names a test that exists', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('What storage\npromises'), readme.indexOf('Each popup screen loads its own code'));
    // Test names are quoted in the bullets; "…" cuts a long one short.
    const names = [...section.replace(/\s*\n\s*/g, ' ').matchAll(/"([^"]+)"/g)].map((m) => m[1]!.replace(/,? ….*$/, '').replace(/^… /, ''));
    expect(names.length).toBeGreaterThanOrEqual(10);
    const tests = ['lib/state/concurrent-writes.test.ts', 'lib/state/storage-faults.test.ts', 'tests/e2e/faults.test.ts'].map(read).join('\n');
    for (const name of names) expect(tests, name).toContain(name);
  });
});

describe("the README's command promises", () => {
  it('each names a test that exists', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('### What the commands promise'), readme.indexOf('## The `report` command'));
    const names = [...section.replace(/\s*\n\s*/g, ' ').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(10);
    const tests = ['lib/cli/plan.test.ts', 'lib/cli/sheet.test.ts', 'lib/cli/cli-faults.test.ts', 'lib/cli/cli-fuzz.test.ts'].map(read).join('\n');
    for (const name of names) expect(tests, name).toContain(name);
  });
});

describe("the README's data promises", () => {
  it('each names a test that exists', () => {
    const readme = read('README.md');
    const section = readme.slice(readme.indexOf('What these promise, and the test that holds each'), readme.indexOf('## Answers file'));
    const names = [...section.replace(/\s*\n\s*/g, ' ').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThanOrEqual(8);
    const tests = ['lib/state/transfer-data.test.ts', 'lib/schemas/parse-export.test.ts', 'tests/e2e/data-transfer.test.ts'].map(read).join('\n');
    for (const name of names) expect(tests, name).toContain(name);
  });
});
