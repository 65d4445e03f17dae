/** `npm run validate` as a contributor and CI run it: real files, real clock, exit codes and formats. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'katalog-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const FOLDER = 'institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka';
const template = readFileSync('tests/fixtures/broken/00-wzorzec-poprawny.md', 'utf8');

function validate(extra: Record<string, string>, ...args: string[]) {
  const dir = mkdtempSync(join(scratch, 'case-'));
  cpSync('content', dir, { recursive: true });
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(dir, path), text);
  const result = spawnSync(process.execPath, ['scripts/validate.ts', ...args], { env: { ...process.env, KATALOG_CONTENT_DIR: dir }, encoding: 'utf8' });
  return { status: result.status, out: result.stdout, err: result.stderr, dir };
}

const today = new Date().toISOString().slice(0, 10);
const fresh = template.replace('date: 2026-10-01', `date: ${today}`);
const old = template.replace('date: 2026-10-01', 'date: 2020-01-01');

describe('npm run validate', () => {
  it('passes the real content with exit code 0: no error, only warnings about its old source documents', () => {
    const r = validate({});
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/: 0 błędów, \d+ uwag/);
    const warned = r.out.split('\n').filter((l) => l.startsWith('UWAGA'));
    expect(warned.length).toBeGreaterThan(0);
    expect(warned.every((l) => l.endsWith('[verified.source_date]'))).toBe(true);
  });

  it('exits 0 with warnings only, and 2 with --strict', () => {
    expect(validate({ [`${FOLDER}/stary-wpis.md`]: old }).status).toBe(0);
    const strict = validate({ [`${FOLDER}/stary-wpis.md`]: old }, '--strict');
    expect(strict.status).toBe(2);
    expect(strict.out).toMatch(/UWAGA .*stary-wpis\.md:\d+ \[verified\.date\]/);
  });

  it('exits 1 on an error and prints GitHub annotations with file and line', () => {
    const r = validate({ [`${FOLDER}/zly-kod.md`]: fresh.replace('"16-200"', '"16200"') }, '--format=github');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/^::error file=.*zly-kod\.md,line=10,title=address\.postal_code::Kod pocztowy zapisz w formacie NN-NNN/m);
  });

  it('prints JSON for machines', () => {
    const r = validate({ [`${FOLDER}/zly-kod.md`]: fresh.replace('"16-200"', '"16200"') }, '--format=json');
    const json = JSON.parse(r.out) as { errors: number; issues: { field: string; line: number }[] };
    expect(json.errors).toBe(1);
    expect(json.issues[0]).toMatchObject({ field: 'address.postal_code', line: 10 });
  });

  it('refuses an unknown option with a usage line', () => {
    const r = validate({}, '--format=xml');
    expect(r.status).toBe(64);
    expect(r.err).toMatch(/Użycie/);
  });
});
