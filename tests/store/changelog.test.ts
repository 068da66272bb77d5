import { describe, expect, it } from 'vitest';
import { bumpVersion, releaseChangelog } from './changelog';

const LOG = `# Changelog

Intro.

## [Unreleased]

### Added

- A thing.

## [0.1.0] - 2026-11-01

### Added

- The first thing.
`;

describe('bumpVersion', () => {
  it.each([
    ['0.1.0', 'patch', '0.1.1'],
    ['0.1.9', 'minor', '0.2.0'],
    ['0.9.3', 'major', '1.0.0'],
    ['1.2.3', 'patch', '1.2.4'],
  ] as const)('%s %s -> %s', (version, kind, next) => expect(bumpVersion(version, kind)).toBe(next));

  it('refuses what is not x.y.z', () => expect(() => bumpVersion('1.2.3-beta.1', 'patch')).toThrow(/x\.y\.z/));
});

describe('releaseChangelog', () => {
  it('moves what is unreleased under the new version and date, above the older ones, leaving Unreleased empty', () => {
    expect(releaseChangelog(LOG, '0.2.0', '2026-11-27')).toBe(`# Changelog

Intro.

## [Unreleased]

## [0.2.0] - 2026-11-27

### Added

- A thing.

## [0.1.0] - 2026-11-01

### Added

- The first thing.
`);
  });

  it('works on the first release, with no older section', () => {
    const first = '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- Everything.\n';
    expect(releaseChangelog(first, '0.1.1', '2026-11-27')).toBe('# Changelog\n\n## [Unreleased]\n\n## [0.1.1] - 2026-11-27\n\n### Added\n\n- Everything.\n');
  });

  it('refuses to release nothing, a version twice, or a changelog without Unreleased', () => {
    const released = releaseChangelog(LOG, '0.2.0', '2026-11-27');
    expect(() => releaseChangelog(released, '0.2.1', '2026-11-28')).toThrow(/nothing under "Unreleased"/);
    expect(() => releaseChangelog(LOG, '0.1.0', '2026-11-28')).toThrow(/already has a section for 0\.1\.0/);
    expect(() => releaseChangelog('# Changelog\n', '0.1.1', '2026-11-28')).toThrow(/no "## \[Unreleased\]"/);
  });
});
