import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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
const PURE = ['lib/domain', 'lib/words', 'lib/schemas', 'lib/figures', 'lib/pdf', 'data'];
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

  it('lets components reach data/ only through lib/state', () => {
    const offenders = sourceFiles('components')
      .filter((f) => !/\.test\.tsx?$/.test(f))
      .flatMap((f) => importsOf(f).filter((i) => i.startsWith('.') && /^data\//.test(relative(ROOT, join(ROOT, dirname(f), i)))).map((i) => `${f} -> ${i}`));
    expect(offenders).toEqual([]);
  });

  it('has no import circles, and names the files of any it finds', () => {
    const files = ['lib', 'components', 'entrypoints', 'data'].flatMap(sourceFiles).filter((f) => !/\.test\.tsx?$/.test(f));
    const known = new Set(files);
    const resolveImport = (from: string, spec: string): string | null => {
      if (!spec.startsWith('.')) return null;
      const base = relative(ROOT, join(ROOT, dirname(from), spec));
      for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) if (known.has(candidate)) return candidate;
      return null;
    };
    const graph = new Map(files.map((f) => [f, importsOf(f).map((i) => resolveImport(f, i)).filter((x): x is string => x !== null)]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('keeps no merge conflict markers in any source, style or document', () => {
    const files = ['lib', 'components', 'entrypoints', 'data', 'tests'].flatMap(sourceFiles).concat(['components/theme.css', 'README.md']);
    const marked = files.filter((f) => /^(<{7}|>{7}) /m.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(marked).toEqual([]);
  });
});
