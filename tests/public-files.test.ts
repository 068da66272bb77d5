import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PUBLIC = join(import.meta.dirname, '..', 'public');
const files = (dir: string): string[] => readdirSync(join(PUBLIC, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

// public/ is copied into both packages as is: nothing there is checked by a build.
describe('files shipped from public/', () => {
  it.each(files('.').filter((f) => f.endsWith('.svg')))('%s is one <svg> element and nothing after it', (file) => {
    const text = readFileSync(join(PUBLIC, file), 'utf8').trim();
    expect(text).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(text.endsWith('</svg>')).toBe(true);
    expect(text.match(/<svg[\s>]/g)).toHaveLength(1);
  });

  it.each(files('.').filter((f) => f.endsWith('.json')))('%s is JSON', (file) => {
    expect(() => JSON.parse(readFileSync(join(PUBLIC, file), 'utf8'))).not.toThrow();
  });
});
