/** The version kinds `npm run release` takes, as `npm version` names them. */
export const RELEASE_KINDS = ['patch', 'minor', 'major'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

/** The next semantic version: 0.1.0 patch -> 0.1.1, minor -> 0.2.0, major -> 1.0.0. */
export function bumpVersion(version: string, kind: ReleaseKind): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new Error(`not a plain x.y.z version: ${version}`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const UNRELEASED = '## [Unreleased]';

/**
 * The changelog with what is under "Unreleased" moved under `## [version] - date`, leaving an empty
 * "Unreleased" above it (Keep a Changelog). Throws when there is nothing to release.
 */
export function releaseChangelog(text: string, version: string, date: string): string {
  const start = text.indexOf(UNRELEASED);
  if (start < 0) throw new Error(`CHANGELOG.md has no "${UNRELEASED}" section`);
  if (text.includes(`## [${version}]`)) throw new Error(`CHANGELOG.md already has a section for ${version}`);
  const bodyStart = start + UNRELEASED.length;
  const next = text.indexOf('\n## [', bodyStart);
  const body = text.slice(bodyStart, next < 0 ? undefined : next).trim();
  if (!/^- /m.test(body)) throw new Error('nothing under "Unreleased" in CHANGELOG.md: say what changed first');
  const rest = next < 0 ? '' : text.slice(next);
  return `${text.slice(0, start)}${UNRELEASED}\n\n## [${version}] - ${date}\n\n${body}\n${rest}`;
}
