import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

// The pure pipeline must run unchanged in Node and the browser.
const PURE = ['lib/domain', 'lib/schemas', 'lib/pdf', 'data'];
const FORBIDDEN_PACKAGES = /^(wxt|@wxt-dev|preact|@preact|webextension-polyfill)(\/|$)/;
const FORBIDDEN_DIRS = /^(lib\/state|lib\/platform|lib\/cli|components|entrypoints)\//;

/** True when `spec`, imported from `file`, is a browser-side package or lands in a browser-side folder. */
function isForbidden(file: string, spec: string): boolean {
  if (!spec.startsWith('.')) return FORBIDDEN_PACKAGES.test(spec) || spec.startsWith('node:');
  return FORBIDDEN_DIRS.test(`${join(file, '..', spec)}/`);
}

describe('architecture', () => {
  it.each(PURE)('%s imports nothing from the browser, Preact, storage or Node', (dir) => {
    const offenders = sourceFiles(dir)
      .filter((f) => !f.includes('.test.'))
      .flatMap((f) => importsOf(f).filter((i) => isForbidden(f, i)).map((i) => `${f} -> ${i}`));
    expect(offenders).toEqual([]);
  });

  it.each(PURE)('%s never touches browser globals', (dir) => {
    const code = (f: string) => readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = sourceFiles(dir).filter((f) => !f.includes('.test.') && /\b(browser|chrome|window|document|localStorage)\./.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('binds data/ to the pipeline only in the two composition roots', () => {
    const binders = sourceFiles('lib')
      .filter((f) => !f.includes('.test.'))
      .filter((f) => importsOf(f).some((i) => /(^|\/)data\//.test(i)))
      .map((f) => relative(ROOT, join(ROOT, f)));
    expect(binders.every((f) => f.startsWith('lib/state/') || f.startsWith('lib/cli/'))).toBe(true);
  });

  it('keeps the pure pipeline free of pdf-lib except in lib/pdf', () => {
    const offenders = ['lib/domain', 'lib/schemas', 'data'].flatMap(sourceFiles).filter((f) => !f.includes('.test.') && importsOf(f).includes('pdf-lib'));
    expect(offenders).toEqual([]);
  });
});
