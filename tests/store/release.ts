/**
 * `npm run release -- patch|minor|major`: bumps the version (package.json, package-lock.json and
 * CHANGELOG.md), builds both browsers, lints the Firefox build with web-ext, and zips the Chrome
 * and Firefox packages and the sources archive AMO asks for into .output/. Commits nothing: it
 * prints the commands to commit, tag and upload. Refuses a working tree with uncommitted changes
 * (the sources archive is made from it) unless given --allow-dirty.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFirefox, lintProblems } from '../support/lint-firefox';
import { bumpVersion, releaseChangelog, RELEASE_KINDS, type ReleaseKind } from './changelog';

const ROOT = join(import.meta.dirname, '..', '..');
const CHANGELOG = join(ROOT, 'CHANGELOG.md');

function fail(message: string, code = 1): never {
  console.error(`release: ${message}`);
  process.exit(code);
}

function run(command: string, args: string[]): string {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (exit ${result.status})`);
  return result.stdout;
}

const kind = process.argv[2] as ReleaseKind;
if (!RELEASE_KINDS.includes(kind)) fail('usage: npm run release -- patch|minor|major [--allow-dirty]', 2);
const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
if (dirty && !process.argv.includes('--allow-dirty')) fail(`commit or stash these first (the sources archive is made from the working tree):\n${dirty}`);

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const version = bumpVersion(pkg.version, kind);
const today = new Date().toISOString().slice(0, 10);
let changelog: string;
try {
  changelog = releaseChangelog(readFileSync(CHANGELOG, 'utf8'), version, today);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

run('npm', ['version', kind, '--no-git-tag-version', '--ignore-scripts']);
writeFileSync(CHANGELOG, changelog);
console.log(`Version ${pkg.version} -> ${version}; CHANGELOG.md: "Unreleased" is now ${version} (${today}).`);

run('npx', ['wxt', 'build', '-b', 'firefox']);
console.log('$ web-ext lint .output/firefox-mv3');
const problems = lintProblems(lintFirefox());
if (problems.length > 0) fail(`web-ext lint found what we do not ship with:\n${problems.join('\n')}`);
console.log('web-ext lint: 0 errors, 0 notices, only the understood warning (README, "Releasing").');

run('npx', ['wxt', 'zip']);
run('npx', ['wxt', 'zip', '-b', 'firefox']);
const zips = ['chrome', 'firefox', 'sources'].map((part) => join('.output', `${pkg.name}-${version}-${part}.zip`));
for (const zip of zips) if (!existsSync(join(ROOT, zip))) fail(`expected ${zip}, which wxt zip did not make`);

console.log(`
Made:
  ${zips[0]}   Chrome Web Store
  ${zips[1]}  addons.mozilla.org
  ${zips[2]}  addons.mozilla.org asks for it as the source code

Next:
  npm run store-assets   # the listing's screenshots and tile in store-assets/ (look at each one)
  git add package.json package-lock.json CHANGELOG.md && git commit -m "Release ${version}" && git tag v${version}
`);
