import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/run-cli';
import { checkOutPath } from './out-path';

/** A folder holding answers.json (mode 0644), a read-only old.pdf (0444) and a kept.pdf (0640). */
function folder() {
  const dir = tempDir();
  writeFileSync(join(dir, 'answers.json'), '{}');
  chmodSync(join(dir, 'answers.json'), 0o644);
  writeFileSync(join(dir, 'old.pdf'), 'old');
  chmodSync(join(dir, 'old.pdf'), 0o444);
  writeFileSync(join(dir, 'kept.pdf'), 'kept');
  chmodSync(join(dir, 'kept.pdf'), 0o640);
  return dir;
}

describe('checkOutPath', () => {
  it('writes a new file where it is asked to, with no mode to keep', async () => {
    const dir = folder();
    expect(await checkOutPath('sheet', 'new.pdf', join(dir, 'new.pdf'), [{ path: join(dir, 'answers.json'), what: 'answers file' }])).toEqual({ path: join(dir, 'new.pdf'), mode: null });
  });

  it('replaces an existing file that is no input, keeping its mode', async () => {
    const dir = folder();
    const inputs = [{ path: join(dir, 'answers.json'), what: 'answers file' }, { path: join(dir, 'log.json'), what: 'log' }] as const;
    expect(await checkOutPath('sheet', 'kept.pdf', join(dir, 'kept.pdf'), inputs)).toEqual({ path: join(dir, 'kept.pdf'), mode: 0o640 });
  });

  it('writes through a link (and a link to a link) to the real file', async () => {
    const dir = folder();
    symlinkSync(join(dir, 'kept.pdf'), join(dir, 'link.pdf'));
    symlinkSync(join(dir, 'link.pdf'), join(dir, 'link2.pdf'));
    expect(await checkOutPath('report', 'link2.pdf', join(dir, 'link2.pdf'), [])).toEqual({ path: join(dir, 'kept.pdf'), mode: 0o640 });
  });

  it('refuses a link to nothing (exit 2)', async () => {
    const dir = folder();
    symlinkSync(join(dir, 'nowhere.pdf'), join(dir, 'dangling.pdf'));
    await expect(checkOutPath('sheet', 'dangling.pdf', join(dir, 'dangling.pdf'), [])).rejects.toMatchObject({ exitCode: 2, lines: ['sheet: --out dangling.pdf is a link to nothing; give a file path'] });
  });

  it.each([
    ['a folder', (dir: string) => (mkdirSync(join(dir, 'f')), join(dir, 'f'))],
    ['a device', () => '/dev/null'],
    ['a link to a folder', (dir: string) => (symlinkSync(dir, join(dir, 'up')), join(dir, 'up'))],
  ])('refuses %s (exit 2), naming --out as typed', async (_, make) => {
    const dir = folder();
    await expect(checkOutPath('figures', 'x.pdf', make(dir), [])).rejects.toMatchObject({ exitCode: 2, lines: ['figures: --out x.pdf is not a regular file; give a file path'] });
  });

  it('refuses any of the inputs, by name or through a link, saying which it is (exit 2)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'log.json'), '{}');
    symlinkSync(join(dir, 'answers.json'), join(dir, 'a.pdf'));
    const inputs = [{ path: join(dir, 'log.json'), what: 'log' }, { path: join(dir, 'answers.json'), what: 'answers file' }] as const;
    const answers = { exitCode: 2, lines: ['report: --out a.pdf is the answers file; give another path so your answers are kept'] };
    await expect(checkOutPath('report', 'a.pdf', join(dir, 'a.pdf'), inputs)).rejects.toMatchObject(answers);
    await expect(checkOutPath('report', 'a.pdf', join(dir, 'answers.json'), [{ path: join(dir, 'a.pdf'), what: 'answers file' }])).rejects.toMatchObject(answers);
    await expect(checkOutPath('sheet', 'log.json', join(dir, 'log.json'), inputs)).rejects.toMatchObject({ exitCode: 2, lines: ['sheet: --out log.json is the log; give another path so your log is kept'] });
  });

  it('keeps a read-only file as it is (exit 1)', async () => {
    const dir = folder();
    await expect(checkOutPath('sheet', 'old.pdf', join(dir, 'old.pdf'), [])).rejects.toMatchObject({ exitCode: 1, lines: ['sheet: cannot write old.pdf: the file is read-only'] });
  });

  it('writes a file only some can write to', async () => {
    const dir = folder();
    chmodSync(join(dir, 'kept.pdf'), 0o404 | 0o020);
    expect((await checkOutPath('sheet', 'kept.pdf', join(dir, 'kept.pdf'), [])).mode).toBe(0o424);
  });
});
