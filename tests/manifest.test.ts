import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuildCurrent } from './support/build-current';
import { ROOT } from './support/extension';

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

  it('the Firefox build passes web-ext lint with no errors', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js'), 'lint', '--source-dir', join(ROOT, '.output', 'firefox-mv3'), '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout);
    expect(report.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // strict_min_version names Firefox versions (desktop and Android) that know every manifest key used.
    expect(report.warnings.filter((w: { code: string }) => /UNSUPPORTED_BY_MIN_VERSION/.test(w.code))).toEqual([]);
  }, 60_000);
});
