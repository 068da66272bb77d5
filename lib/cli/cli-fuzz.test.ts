import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryAnswers } from '../../tests/support/arbitrary-answers';
import { goodWeek, logOf } from '../../tests/support/log-builder';
import { propertyRuns } from '../../tests/support/property-runs';
import { runCli, tempDir } from '../../tests/support/run-cli';
import { ANSWER_FIELD_HELP } from '../schemas/answer-help';
import { PlanSchema } from '../schemas/plan';

// Random and mutated answers files, flags and paths thrown at the commands, in-process. Seeded, so a
// failure replays; the seed and path are printed by fast-check when one does.
const FIELDS = Object.keys(ANSWER_FIELD_HELP);
const junk = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('toString', '__proto__', 'constructor', '1e400', '', 'NaN'),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
);

/** An answers file's text: valid, valid with one field broken, with an unknown field, or not answers at all. */
const answersText = fc.oneof(
  arbitraryAnswers({ redFlags: true }).map((a) => ({ text: JSON.stringify(a), broken: null as string | null })),
  fc.tuple(arbitraryAnswers(), fc.constantFrom(...FIELDS), junk).map(([a, field, value]) => ({ text: JSON.stringify({ ...a, [field]: value }), broken: field })),
  fc.tuple(fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !FIELDS.includes(k) && k !== '__proto__'), junk).map(([k, v]) => ({ text: JSON.stringify({ [k]: v }), broken: k })),
  fc.constantFrom('', '{', 'null', '[]', '"answers"', '\uFEFF{}', `{"painWhen":${'['.repeat(5000)}${']'.repeat(5000)}}`).map((text) => ({ text, broken: null })),
);

const flagValue = fc.oneof(fc.constantFrom('1', '8', '9', '0', '-1', '1-8', '5-2', 'a4', 'letter', 'toString', '2026-11-26', '2026-13-45', '0050-06-01', ''), fc.string({ maxLength: 6 }));
const flags = fc.array(fc.tuple(fc.constantFrom('--week', '--weeks', '--paper', '--start', '--today', '--nope'), flagValue), { maxLength: 3 });
const outKind = fc.constantFrom('new', 'answers', 'folder', 'missing-folder', 'device', 'log', 'none');

const hashes = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, statSync(join(dir, f)).isFile() ? createHash('sha1').update(readFileSync(join(dir, f))).digest('hex') : 'dir']));

describe('the commands under random and broken input', () => {
  it('answer every case with a known exit, a clean stdout on failure, a named field, and nothing written or changed on error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('plan', 'sheet'), answersText, flags, outKind, fc.boolean(), async (command, answers, extra, out, withLog) => {
        const dir = tempDir();
        const answersPath = join(dir, 'answers.json');
        writeFileSync(answersPath, answers.text);
        const logPath = join(dir, 'log.json');
        writeFileSync(logPath, JSON.stringify(logOf([goodWeek()])));
        mkdirSync(join(dir, 'folder'));
        const outPath = { new: join(dir, 'week.pdf'), answers: answersPath, folder: join(dir, 'folder'), 'missing-folder': join(dir, 'nope', 'week.pdf'), device: '/dev/null', log: logPath, none: null }[out];
        const args = [answersPath, ...extra.flat(), ...(withLog ? ['--log', logPath] : []), ...(command === 'sheet' && outPath ? ['--out', outPath] : [])];
        const before = hashes(dir);

        const run = await runCli(command, args, { now: new Date(2026, 10, 26, 9) });

        expect([0, 1, 2, 3]).toContain(run.code);
        expect(run.stderr).not.toMatch(/internal error|\.tmp|at \w+ \(/);
        if (run.code !== 0) {
          expect(run.stdout).toBe('');
          expect(run.stderr.trim().length).toBeGreaterThan(0);
          expect(run.stderr.split('\n')[0]).toMatch(new RegExp(`^${command}: `));
          // Nothing written and nothing changed.
          expect(hashes(dir)).toEqual(before);
        }
        if (run.code === 2 && answers.broken && !extra.length && !withLog && (command === 'plan' || out === 'new')) expect(run.stderr).toContain(answers.broken);
        if (run.code === 1) expect(out === 'missing-folder').toBe(true);
        if (run.code === 0 && command === 'plan') expect(PlanSchema.safeParse(JSON.parse(run.stdout)).success).toBe(true);
        if (run.code === 0 && command === 'sheet') {
          // Only the --out file is written (new, or an existing file that is no input); every other file is as it was.
          const written = outPath!.split('/').at(-1)!;
          expect([answersPath, ...(withLog ? [logPath] : [])]).not.toContain(outPath);
          const after = hashes(dir);
          expect(Object.keys(after).sort()).toEqual([...new Set([...Object.keys(before), written])].sort());
          for (const [f, h] of Object.entries(before)) if (f !== written) expect(after[f]).toBe(h);
          expect(readFileSync(outPath!).subarray(0, 5).toString()).toBe('%PDF-');
        }
      }),
      { numRuns: propertyRuns(1000), seed: 20261126 },
    );
  }, 300_000);
});
