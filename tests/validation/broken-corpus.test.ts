/**
 * The corpus of broken entries (tests/fixtures/broken/manifest.json): every file is refused
 * with an error naming the expected field, next to the real content, and nothing crashes.
 * The real entries pass with no error and no warning.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/content.ts';
import { realInstitutions, validationContext } from '../helpers/validation.ts';

interface Case {
  file: string;
  field: string;
  mistake: string;
  path?: string;
}

const manifest = JSON.parse(readFileSync('tests/fixtures/broken/manifest.json', 'utf8')) as Case[];
const ctx = validationContext();
const real = realInstitutions();
const noContent = { taxonomies: [], articles: [] };

describe('the broken-entry corpus', () => {
  it('has at least 40 distinct mistakes', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(40);
    expect(new Set(manifest.map((c) => c.mistake)).size).toBe(manifest.length);
  });

  it('is made from a template that passes with no issue', () => {
    const relative = 'podlaskie/powiat-sokolski/dabrowa-bialostocka/wzorzec-poprawny.md';
    const text = readFileSync('tests/fixtures/broken/00-wzorzec-poprawny.md', 'utf8');
    expect(validateContent({ ...noContent, institutions: [...real, { file: `content/institutions/${relative}`, relative, text }] }, ctx)).toEqual([]);
  });

  it.each(manifest.map((c) => [c.file, c] as const))('%s is refused, naming its field', (_name, c) => {
    const relative = c.path ?? `podlaskie/powiat-sokolski/dabrowa-bialostocka/${c.file.replace(/^\d+-/, '')}`;
    const file = `content/institutions/${relative}`;
    const text = readFileSync(`tests/fixtures/broken/${c.file}`, 'utf8');
    const issues = validateContent({ ...noContent, institutions: [...real, { file, relative, text }] }, ctx);
    const errors = issues.filter((i) => i.severity === 'error');
    // Only the broken file is blamed; the real entries stay clean.
    expect(errors.every((i) => i.file === file), JSON.stringify(errors)).toBe(true);
    expect(errors.map((i) => i.field), `${c.mistake}: ${JSON.stringify(issues)}`).toContain(c.field);
    const hit = errors.find((i) => i.field === c.field)!;
    expect(hit.message.length).toBeGreaterThan(20);
    // Every message is Polish and says what to do (no raw zod English).
    expect(hit.message).not.toMatch(/Invalid|expected|received/);
  });
});

describe('the real content', () => {
  it('passes with no error and no warning', () => {
    const issues = validateContent({ ...noContent, institutions: real }, ctx);
    expect(issues).toEqual([]);
  });
});
