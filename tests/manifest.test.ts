import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuildCurrent } from './support/build-current';
import { PRIVACY_PATH } from '../components/PrivacyLink';
import { ROOT } from './support/extension';
import { lintFirefox, lintProblems } from './support/lint-firefox';

const manifest = (target: string) => JSON.parse(readFileSync(join(ROOT, '.output', target, 'manifest.json'), 'utf8'));

describe('built manifests', () => {
  beforeAll(() => {
    assertBuildCurrent(join(ROOT, '.output', 'chrome-mv3'), 'npm run build');
    assertBuildCurrent(join(ROOT, '.output', 'firefox-mv3'), 'npm run build:firefox');
  });

  it.each(['chrome-mv3', 'firefox-mv3'])('%s asks for the fewest permissions and no hosts', (target) => {
    const m = manifest(target);
    expect(m.manifest_version).toBe(3);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    // Every permission listed here is explained in the README's "Permissions" section.
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const p of [...(m.permissions ?? []), ...(m.optional_permissions ?? [])]) expect(readme, p).toContain(`\`${p}\``);
  });

  it.each(['chrome-mv3', 'firefox-mv3'])('%s: every __MSG_…__ has a message in the default locale, within the stores\' limits', (target) => {
    const m = manifest(target);
    expect(m.default_locale).toBe('en');
    const messages: Record<string, { message: string }> = JSON.parse(readFileSync(join(ROOT, '.output', target, '_locales', m.default_locale, 'messages.json'), 'utf8'));
    // What the store and the browser show is translatable, not hard-coded English.
    const shown = [m.name, m.short_name, m.description, m.action?.default_title, m.sidebar_action?.default_title].filter(Boolean);
    for (const value of shown) expect(value).toMatch(/^__MSG_\w+__$/);
    const keys = [...JSON.stringify(m).matchAll(/__MSG_(\w+?)__/g)].map((match) => match[1]!);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    // Browsers match message names without regard to case.
    const known = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v.message]));
    for (const key of keys) expect(known.get(key.toLowerCase()), key).toMatch(/\S/);
    const text = (value: string) => known.get(value.replace(/^__MSG_(\w+)__$/, '$1').toLowerCase())!;
    // Chrome Web Store limits: name 75, short_name 12, description 132 characters.
    expect(text(m.name).length).toBeLessThanOrEqual(75);
    expect(text(m.short_name).length).toBeLessThanOrEqual(12);
    expect(text(m.description).length).toBeLessThanOrEqual(132);
  });

  it.each(['chrome-mv3', 'firefox-mv3'])('%s ships PRIVACY.md where Settings links to it, as plain text', (target) => {
    const shipped = readFileSync(join(ROOT, '.output', target, PRIVACY_PATH), 'utf8');
    expect(shipped).toBe(readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8').replace(/\*\*|`/g, ''));
    expect(shipped).toMatch(/no network requests/);
    expect(shipped).not.toMatch(/\*\*|`/);
  });

  it('the Firefox build passes web-ext lint with no errors, no notices, and no warning but Preact\'s innerHTML path', () => {
    const report = lintFirefox();
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // strict_min_version names Firefox versions (desktop and Android) that know every manifest key used.
    expect(report.warnings.filter((w) => /UNSUPPORTED_BY_MIN_VERSION/.test(w.code))).toEqual([]);
    // The one warning left is Preact's own innerHTML path (dangerouslySetInnerHTML) in the shared vendor chunk.
    expect(report.warnings.map((w) => `${w.code} ${w.file}`)).toEqual([expect.stringMatching(/^UNSAFE_VAR_ASSIGNMENT chunks\/vendor-[\w-]+\.js$/)]);
    expect(report.summary.notices).toBe(0);
    expect(lintProblems(report)).toEqual([]);
  }, 60_000);

  it('lintProblems (used by npm run release) names any other warning, notice or error', () => {
    const preact = { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: 'chunks/vendor-Cx7axbYv.js' };
    const report = { errors: [], warnings: [preact], notices: [], summary: { errors: 0, warnings: 1, notices: 0 } };
    expect(lintProblems(report)).toEqual([]);
    const extra = { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: 'chunks/PlanScreen-x.js' };
    expect(lintProblems({ ...report, warnings: [...report.warnings, extra] })).toEqual(['UNSAFE_VAR_ASSIGNMENT (chunks/PlanScreen-x.js): Unsafe assignment to innerHTML']);
    expect(lintProblems({ ...report, errors: [{ code: 'JSON_INVALID', message: 'bad' }] })).toEqual(['JSON_INVALID: bad']);
    expect(lintProblems({ ...report, notices: [{ code: 'X', message: 'n', file: 'manifest.json' }] })).toEqual(['X (manifest.json): n']);
  });
});

describe('the lint warning left', () => {
  it('no source of ours writes HTML, so Preact\'s innerHTML path is never taken', () => {
    const run = spawnSync('git', ['grep', '--untracked', '-n', '-E', 'dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\\.write', '--', 'entrypoints', 'components', 'lib', 'data'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1); // git grep: 1 means no match
    expect(run.stdout).toBe('');
  });
});
