import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../tests/support/run-cli';
import { writeAtomic } from './write-atomic';

// randomBytes can be pinned for one call, to know the temporary file's name beforehand.
const { randomBytes } = vi.hoisted(() => ({ randomBytes: vi.fn() }));
vi.mock('node:crypto', async (actual) => {
  const crypto = await actual<typeof import('node:crypto')>();
  randomBytes.mockImplementation(crypto.randomBytes);
  return { ...crypto, randomBytes };
});

const BYTES = new TextEncoder().encode('%PDF-1.7 new');

describe('writeAtomic', () => {
  it('writes a new file whole and leaves nothing else beside it', async () => {
    const dir = tempDir();
    await writeAtomic(join(dir, 'week.pdf'), BYTES);
    expect(readFileSync(join(dir, 'week.pdf'), 'utf8')).toBe('%PDF-1.7 new');
    expect(readdirSync(dir)).toEqual(['week.pdf']);
  });

  it('replaces a file and gives it the mode it is told to keep', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'week.pdf'), 'old');
    await writeAtomic(join(dir, 'week.pdf'), BYTES, 0o600);
    expect([readFileSync(join(dir, 'week.pdf'), 'utf8'), statSync(join(dir, 'week.pdf')).mode & 0o777]).toEqual(['%PDF-1.7 new', 0o600]);
    expect(readdirSync(dir)).toEqual(['week.pdf']);
  });

  it('writes a hidden, randomly named temporary file beside the target, never over one that exists', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.week.pdf.00c0ffee.tmp'), 'another writer');
    randomBytes.mockReturnValueOnce(Buffer.from([0x00, 0xc0, 0xff, 0xee]));
    await expect(writeAtomic(join(dir, 'week.pdf'), BYTES)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readdirSync(dir)).not.toContain('week.pdf');
  });

  it('removes its temporary file when the rename fails, and passes the error on', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'week.pdf'));
    await expect(writeAtomic(join(dir, 'week.pdf'), BYTES)).rejects.toMatchObject({ code: 'EISDIR', syscall: 'rename' });
    expect(readdirSync(dir)).toEqual(['week.pdf']);
  });

  it('throws the write\'s own error when the folder is missing, not the clean-up\'s', async () => {
    const dir = tempDir();
    await expect(writeAtomic(join(dir, 'missing', 'week.pdf'), BYTES)).rejects.toMatchObject({ code: 'ENOENT', syscall: 'open' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
