import { describe, expect, it } from 'vitest';
import { badInput, CliError, describeErrno, EXIT, printOut, runCommand } from './cli-error';
import type { CliIo } from './cli-io';

/** An io that keeps what a command prints; `stdout` fails when given an error to fail with. */
function captured(stdoutError?: unknown) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: async (text) => {
      if (stdoutError !== undefined) throw stdoutError;
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    cwd: '/',
    now: () => new Date(0),
  };
  return { io, out };
}

const errno = (code: string) => Object.assign(new Error(`${code}: /tmp/.secret.tmp`), { code });

describe('exit codes and errors', () => {
  it('keeps the exit codes the README tables give', () => {
    expect(EXIT).toEqual({ ok: 0, failure: 1, badInput: 2, safetyStop: 3 });
  });

  it('a CliError carries its exit code, its lines, and the lines joined as its message', () => {
    const error = new CliError(3, ['sheet: no sheet', '  call 999']);
    expect([error.exitCode, error.lines, error.message]).toEqual([3, ['sheet: no sheet', '  call 999'], 'sheet: no sheet\n  call 999']);
    expect(error).toBeInstanceOf(Error);
  });

  it('badInput is exit 2 with one line led by the command', () => {
    const error = badInput('plan', '--week must be a whole number');
    expect([error.exitCode, error.lines]).toEqual([2, ['plan: --week must be a whole number']]);
  });
});

describe('runCommand', () => {
  it('returns 0 and prints nothing of its own when the body succeeds', async () => {
    const { io, out } = captured();
    expect(await runCommand('plan', io, async () => io.stderr('fine\n'))).toBe(0);
    expect(out).toEqual({ stdout: '', stderr: 'fine\n' });
  });

  it('prints each line of a CliError on stderr and returns its exit code', async () => {
    const { io, out } = captured();
    const code = await runCommand('sheet', io, async () => {
      throw new CliError(3, ['sheet: no sheet: these answers need medical care first (emergency).', '  Call an ambulance.']);
    });
    expect(code).toBe(3);
    expect(out).toEqual({ stdout: '', stderr: 'sheet: no sheet: these answers need medical care first (emergency).\n  Call an ambulance.\n' });
  });

  it('turns any other error into exit 1 and one "internal error" line', async () => {
    const { io, out } = captured();
    expect(await runCommand('report', io, async () => Promise.reject(new TypeError('x is undefined')))).toBe(1);
    expect(out.stderr).toBe('report: internal error: x is undefined\n');
  });

  it('names a thrown value that is not an Error by its text', async () => {
    const { io, out } = captured();
    expect(await runCommand('figures', io, async () => Promise.reject('disk on fire'))).toBe(1);
    expect(out.stderr).toBe('figures: internal error: disk on fire\n');
  });
});

describe('printOut', () => {
  it('writes the text to stdout', async () => {
    const { io, out } = captured();
    await printOut(io, 'plan', '{}\n');
    expect(out.stdout).toBe('{}\n');
  });

  it('turns a failed stdout into exit 1 with the reason in plain words', async () => {
    const { io } = captured(errno('ENOSPC'));
    const error = await printOut(io, 'plan', '{}\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({ exitCode: 1, lines: ['plan: cannot write to standard output: the disk is full'] });
  });
});

describe('describeErrno', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['ENOENT', 'no such file or folder'],
    ['ENOTDIR', 'a part of the path is not a folder'],
    ['EISDIR', 'it is a folder'],
    ['ENOSPC', 'the disk is full'],
    ['EDQUOT', 'the disk quota is used up'],
    ['EROFS', 'the file system is read-only'],
    ['EPIPE', 'the output was closed'],
    ['EEXIST', 'it already exists'],
    ['ELOOP', 'too many symbolic links'],
    ['ENAMETOOLONG', 'the name is too long'],
  ])('says %s as "%s", never the path in the error', (code, words) => {
    expect(describeErrno(errno(code))).toBe(words);
  });

  it('gives an unknown code as it is', () => {
    expect(describeErrno(errno('EBUSY'))).toBe('error EBUSY');
  });

  it.each([
    ['an error without a code', new Error('boom')],
    ['a null error', null],
    ['undefined', undefined],
  ])('says "unknown error" for %s', (_, error) => {
    expect(describeErrno(error)).toBe('unknown error');
  });
});
