/**
 * The guard: every program that the project's code, scripts, tests and CI start is either the
 * project's own Node (process.execPath, node_modules/.bin) or on the allow-list in
 * tests/guard/allowed-programs.ts. So no test can come to rely on a program that a fresh machine lacks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedEntry, PASS_THROUGH } from './allowed-programs.ts';
import { binPaths, spawnedInCode, spawnedInShell, type Spawned } from './spawned-programs.ts';

const ROOTS = ['src', 'scripts', 'tests', '.ci'];
const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx|astro)$/;
const SHELL = /(\.sh|^\.ci\/[^.]+)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name).split('\\').join('/');
    // The guard's own files hold examples of what it refuses.
    if (d.isDirectory()) return d.name === 'node_modules' || path === 'tests/fixtures' || path === 'tests/guard' ? [] : walk(path);
    return [path];
  });
}

/** Every program started anywhere in the project, with where. */
function scan(): Spawned[] {
  return ROOTS.flatMap(walk).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    if (CODE.test(file)) return spawnedInCode(file, text);
    if (SHELL.test(file)) return spawnedInShell(file, text);
    return binPaths(file, text);
  });
}

/** The guard's verdict: one line per program that is neither the project's own nor allowed. */
function violations(found: readonly Spawned[]): string[] {
  return found
    .filter((s) => (s.program === '?' ? !PASS_THROUGH.some((p) => p.file === s.file && p.code === s.code) : !allowedEntry(s.program, s.file)))
    .map((s) =>
      s.program === '?'
        ? `${s.file}:${s.line} starts a program it gets in a variable (${s.code}): pass process.execPath or a literal name, or list the file in PASS_THROUGH (tests/guard/allowed-programs.ts).`
        : `${s.file}:${s.line} starts „${s.program}” (${s.code}), which the project neither installs nor allows: use an npm package instead, or add it to tests/guard/allowed-programs.ts with the reason and how a fresh machine gets it.`,
    );
}

describe('programs the project starts', () => {
  it('are only its own Node and the allow-listed ones', () => {
    const found = scan();
    // The scan sees the real spawns (the validator beside Astro, Chromium's apt-get), so an empty result means something.
    expect(found.some((s) => s.file === 'scripts/lib/chromium.ts' && s.program === 'apt-get')).toBe(true);
    expect(violations(found)).toEqual([]);
  });

  it('names the file and the program when a test starts one that a fresh machine lacks', () => {
    const source = [
      "import { execFileSync, exec } from 'node:child_process';",
      "const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']);",
      "exec('pdfimages -list x.pdf');",
      "const ok = execFileSync(process.execPath, ['scripts/validate.ts']);",
      "const bin = execFileSync('node_modules/.bin/astro', ['check']);",
      "const tool = '/usr/bin/qpdf';",
    ].join('\n');
    expect(violations(spawnedInCode('tests/e2e/x.test.ts', source))).toEqual([
      expect.stringMatching(/^tests\/e2e\/x\.test\.ts:2 starts „pdftotext”/),
      expect.stringMatching(/^tests\/e2e\/x\.test\.ts:3 starts „pdfimages”/),
      expect.stringMatching(/^tests\/e2e\/x\.test\.ts:6 starts „qpdf”/),
    ]);
  });

  it('catches a program passed in a variable, one started through run(), and one in the CI script', () => {
    const viaVariable = "import { spawn } from 'node:child_process';\nspawn(tool, []);";
    expect(violations(spawnedInCode('scripts/x.ts', viaVariable))).toEqual([expect.stringMatching(/^scripts\/x\.ts:2 starts a program it gets in a variable/)]);
    const viaRun = "import { run } from './lib/run.ts';\nawait run('pdftotext', [file]);\nawait run(process.execPath, ['scripts/sw.ts']);";
    expect(violations(spawnedInCode('scripts/x.ts', viaRun))).toEqual([expect.stringMatching(/^scripts\/x\.ts:2 starts „pdftotext”/)]);
    const ci = 'set -uo pipefail\nnpm test | tee log\nif [ -z "$x" ]; then pdftotext a.pdf -; fi\n';
    expect(violations(spawnedInShell('.ci/run', ci))).toEqual([expect.stringMatching(/^\.ci\/run:3 starts „pdftotext”/)]);
  });

  it('allows a program only where the allow-list says', () => {
    const apt = "import { execFileSync } from 'node:child_process';\nexecFileSync('apt-get', ['install', 'poppler-utils']);";
    expect(violations(spawnedInCode('scripts/lib/chromium.ts', apt))).toEqual([]);
    expect(violations(spawnedInCode('tests/e2e/x.test.ts', apt))).toEqual([expect.stringMatching(/starts „apt-get”/)]);
  });
});
