/**
 * ESLint over the tree, through its Node API (eslint.config.js): the import direction of the README
 * (`import-x/no-restricted-paths`), no import cycle (`import-x/no-cycle`) and the few recommended rules.
 * Fails with one line per problem: file:line, rule, message.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** What `npm run lint` checks. */
const LINTED = ['src', 'scripts', 'tests', 'astro.config.ts', 'vitest.config.ts', 'eslint.config.js'];

describe('lint', () => {
  it('finds no upward import, no import cycle and no other lint error', { timeout: 600_000 }, async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const results = await eslint.lintFiles(LINTED);
    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${r.filePath.slice(process.cwd().length + 1)}:${m.line} ${m.ruleId ?? 'parse'}: ${m.message}`),
    );
    expect(problems).toEqual([]);
  });
});
