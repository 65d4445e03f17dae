/**
 * Prettier over the code (.prettierrc): every TypeScript and JavaScript file of src/, scripts/ and tests/
 * and the root config files is formatted as `npm run format` leaves it. Fails listing the files to format.
 * Astro templates, Markdown and YAML content are left to their authors: reformatting a template can move
 * the spaces between Polish words and links, and content files are written by contributors.
 */
import { globSync, readFileSync } from 'node:fs';
import { check, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';

/** The same globs as `npm run format` and `npm run format:check`. */
export const FORMATTED = ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'tests/**/*.ts', '*.{js,ts}'];

describe('format', () => {
  it('every code file is formatted by Prettier', { timeout: 300_000 }, async () => {
    const files = FORMATTED.flatMap((pattern) => globSync(pattern, { exclude: (f) => f.includes('node_modules') || f.startsWith('tests/fixtures') }));
    expect(files.length).toBeGreaterThan(100);
    const unformatted: string[] = [];
    for (const file of files) {
      const options = await resolveConfig(file);
      if (!(await check(readFileSync(file, 'utf8'), { ...options, filepath: file }))) unformatted.push(file);
    }
    expect(unformatted, 'run npm run format').toEqual([]);
  });
});
