import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeTemp } from '../../tests/support/run-cli';
import { PlanSchema } from '../schemas/plan';

const dir = tempDir();

describe('plan command', () => {
  it('prints a valid plan for the default answers and says so on stderr', async () => {
    const { code, stdout, stderr } = await runCli('plan', []);
    expect(code).toBe(0);
    expect(stderr).toMatch(/default answers/);
    const plan = PlanSchema.parse(JSON.parse(stdout));
    expect(plan.week?.number).toBe(1);
  });

  it('reads an answers file and a week', async () => {
    const file = writeTemp(dir, 'a.json', { weeklyKm: 30, plankSeconds: 10 });
    const { code, stdout, stderr } = await runCli('plan', [file, '--week', '3']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const plan = PlanSchema.parse(JSON.parse(stdout));
    expect(plan.week?.number).toBe(3);
    expect(plan.causes[0]?.id).toBe('weak-core');
  });

  it('treats a safety stop as success with stop in the JSON', async () => {
    const file = writeTemp(dir, 'stop.json', { redFlags: ['bladder-bowel'] });
    const { code, stdout } = await runCli('plan', [file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ safety: { stop: true, urgency: 'emergency' }, week: null });
  });

  it.each([
    ['an invalid field', { painLevel: 12, painlevel: 3 }, [], /painLevel: expected a whole number from 0 to 10[\s\S]*painlevel: unknown field/],
    ['a week out of range', {}, ['--week', '9'], /--week must be a whole number from 1 to 8/],
    ['an unknown flag', {}, ['--weeks', '2'], /Unknown option '--weeks'/],
    ['an age under 18', { age: 17 }, [], /age: Backstride is for adults \(18 and over\)/],
    ['an age over 100', { age: 101 }, [], /age: expected a whole number of years from 18 to 100, or null/],
    ['a cleared flag that was never ticked', { redFlags: ['night-pain'], clearedFlags: ['weight-loss'] }, [], /clearedFlags: each cleared flag must also be in redFlags/],
    ['an unknown risk factor', { riskFactors: ['smoking'] }, [], /riskFactors: expected a list, each value once, of: steroids, osteoporosis, immune-weak/],
  ])('exits 2 on %s, naming the problem, with nothing on stdout', async (_, answers, flags, message) => {
    const file = writeTemp(dir, 'bad.json', answers);
    const { code, stdout, stderr } = await runCli('plan', [file, ...flags]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('accepts the v2 answers: age 18, a cleared flag, risk factors, not-tried tests', async () => {
    const file = writeTemp(dir, 'v2.json', { age: 18, redFlags: ['weight-loss'], clearedFlags: ['weight-loss'], riskFactors: ['steroids'], plankSeconds: null, toeTouch: 'not-tried', eases: 'leaning-back', pregnancy: 'no', morningStiffness: 'long', nightWaking: true });
    const { code, stdout } = await runCli('plan', [file]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ safety: { stop: false, referral: true, referralReasons: ['risk-factors', 'cleared-flags'] } });
  });

  it('exits 2 on a file that is missing or not JSON', async () => {
    const missing = await runCli('plan', [`${dir}/nope.json`]);
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toMatch(/cannot read answers file .*no such file/);
    const notJson = await runCli('plan', [writeTemp(dir, 'x.json', '{ nope')]);
    expect([notJson.code, notJson.stdout]).toEqual([2, '']);
    expect(notJson.stderr).toMatch(/is not valid JSON/);
  });
});
