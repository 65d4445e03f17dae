/**
 * The corpus of broken entries (tests/fixtures/broken/manifest.json): every file is refused
 * with an error naming the expected field, next to the real content, and nothing crashes.
 * The real entries pass with no error and no warning.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/content.ts';
import { exitCode } from '../../src/lib/validation/report.ts';
import { realInstitutions, validationContext } from '../helpers/validation.ts';

interface Case {
  file: string;
  /** The field the error names ("" for the whole file). */
  field?: string;
  /** Hostile-looking input that is legitimately fine (a byte order mark, Windows line ends): it passes. */
  passes?: true;
  mistake: string;
  path?: string;
}

const manifest = JSON.parse(readFileSync('tests/fixtures/broken/manifest.json', 'utf8')) as Case[];
const ctx = validationContext();
const real = realInstitutions();
const noContent = { taxonomies: [], articles: [] };

describe('the broken-entry corpus', () => {
  it('has at least 90 distinct mistakes', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(90);
    expect(new Set(manifest.map((c) => c.mistake)).size).toBe(manifest.length);
  });

  it('is made from a template that passes with no issue', () => {
    const relative = 'podlaskie/powiat-sokolski/dabrowa-bialostocka/wzorzec-poprawny.md';
    const text = readFileSync('tests/fixtures/broken/00-wzorzec-poprawny.md', 'utf8');
    const issues = validateContent({ ...noContent, institutions: [...real, { file: `content/institutions/${relative}`, relative, text }] }, ctx);
    expect(issues.filter((i) => i.file.endsWith(relative))).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  const check = (c: Case, text: string) => {
    const relative = c.path ?? `podlaskie/powiat-sokolski/dabrowa-bialostocka/${c.file.replace(/^\d+-/, '')}`;
    const file = `content/institutions/${relative}`;
    const issues = validateContent({ ...noContent, institutions: [...real, { file, relative, text }] }, ctx);
    // The seed entries' own 24-month warnings (their source documents are old) are not this case's.
    return { file, issues: issues.filter((i) => !(i.severity === 'warning' && i.field === 'verified.source_date' && i.file !== file)) };
  };
  const refused = manifest.filter((c) => !c.passes);

  it.each(refused.map((c) => [c.file, c] as const))('%s is refused, naming its field', (_name, c) => {
    const { file, issues } = check(c, readFileSync(`tests/fixtures/broken/${c.file}`, 'utf8'));
    const errors = issues.filter((i) => i.severity === 'error');
    // Only the broken file is blamed; the real entries stay clean.
    expect(
      errors.every((i) => i.file === file),
      JSON.stringify(errors),
    ).toBe(true);
    expect(
      errors.map((i) => i.field),
      `${c.mistake}: ${JSON.stringify(issues)}`,
    ).toContain(c.field);
    const hit = errors.find((i) => i.field === c.field)!;
    expect(hit.message.length).toBeGreaterThan(20);
    // Every message is Polish and says what to do (no raw zod English, no internal failure), and short enough to read.
    expect(hit.message).not.toMatch(/Invalid|expected|received|Unrecognized|błąd wewnętrzny/);
    expect(hit.message.length).toBeLessThan(400);
    expect(exitCode(issues, false)).toBe(1);
    // Nothing reached an object's prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(manifest.filter((c) => c.passes).map((c) => [c.file, c] as const))('%s is legitimately fine and passes', (_name, c) => {
    const { issues } = check(c, readFileSync(`tests/fixtures/broken/${c.file}`, 'utf8'));
    expect(issues).toEqual([]);
  });

  it('refuses a 5 MB entry by its size, before parsing it', () => {
    const template = readFileSync('tests/fixtures/broken/00-wzorzec-poprawny.md', 'utf8');
    const text = template + 'Bardzo długi opis. '.repeat(280_000);
    expect(text.length).toBeGreaterThan(5_000_000);
    const { file, issues } = check({ file: 'ogromny.md', mistake: 'a 5 MB file' }, text);
    expect(issues).toEqual([{ severity: 'error', file, field: '', message: expect.stringMatching(/^Wpis placówki ma 5\s?\d{3} kB; najwięcej 100 kB\./) }]);
  });

  it('names the field and the limit of a text that is too long', () => {
    const { issues } = check(
      refused.find((c) => c.file === '81-nazwa-za-dluga.md')!,
      readFileSync('tests/fixtures/broken/81-nazwa-za-dluga.md', 'utf8'),
    );
    expect(issues.find((i) => i.field === 'name')?.message).toMatch(/^Nazwa \(name\) ma 612 znaków; najwięcej 200\. Skróć ją/);
  });
});

describe('the real content', () => {
  it('passes with no error; its only warnings are sources older than 24 months, one per such entry', () => {
    const issues = validateContent({ ...noContent, institutions: real }, ctx);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const cutoff = new Date(ctx.now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - 24);
    const old = real.filter((f) => {
      const source = /source_date: "?(\d{4}(?:-\d{2}){0,2})/.exec(f.text)?.[1];
      return source !== undefined && `${source}-01-01`.slice(0, 10) < cutoff.toISOString().slice(0, 10);
    });
    expect(issues.filter((i) => i.severity === 'warning').map((i) => [i.file, i.field])).toEqual(old.map((f) => [f.file, 'verified.source_date']));
  });
});
