import { afterEach, describe, expect, it, vi } from 'vitest';
import { processIo } from './cli-io';

type WriteCallback = (error?: Error | null) => void;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('processIo', () => {
  it('writes stdout and resolves once the text is written', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(((_: string, done: WriteCallback) => (done(), true)) as never);
    await expect(processIo().stdout('{}\n')).resolves.toBeUndefined();
    expect(write.mock.calls.map((call) => call[0])).toEqual(['{}\n']);
  });

  it('rejects when the write fails', async () => {
    const full = Object.assign(new Error('write ENOSPC'), { code: 'ENOSPC' });
    vi.spyOn(process.stdout, 'write').mockImplementation(((_: string, done: WriteCallback) => (done(full), false)) as never);
    await expect(processIo().stdout('{}\n')).rejects.toBe(full);
  });

  it('rejects when stdout reports a closed pipe as an event', async () => {
    const closed = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    vi.spyOn(process.stdout, 'write').mockImplementation((() => true) as never);
    const written = processIo().stdout('{}\n');
    process.stdout.emit('error', closed);
    await expect(written).rejects.toBe(closed);
  });

  it('writes stderr, and never throws when stderr is gone', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((() => true) as never);
    processIo().stderr('plan: no answers file given\n');
    expect(write.mock.calls.map((call) => call[0])).toEqual(['plan: no answers file given\n']);
    write.mockImplementation(() => {
      throw new Error('write EPIPE');
    });
    expect(() => processIo().stderr('x\n')).not.toThrow();
  });

  it('starts relative paths where npm was started, else in the current folder', () => {
    vi.stubEnv('INIT_CWD', '/home/runner/plans');
    expect(processIo().cwd).toBe('/home/runner/plans');
    vi.stubEnv('INIT_CWD', undefined);
    expect(processIo().cwd).toBe(process.cwd());
  });

  it('reads the real clock', () => {
    const before = Date.now();
    const now = processIo().now().getTime();
    expect(now >= before && now <= Date.now()).toBe(true);
  });
});
