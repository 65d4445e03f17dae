/**
 * A content file with a mistake stops the real build with the file, the field and a Polish hint.
 * Each case builds a copy of content/ with one file broken (buildSite).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';

const FILE = 'institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka/gkrpa.md';
const scratch = mkdtempSync(join(tmpdir(), 'katalog-broken-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function buildWith(edit: (source: string) => string) {
  return buildSite(mkdtempSync(join(scratch, 'case-')), {
    edit: (content) => {
      const target = join(content, FILE);
      writeFileSync(target, edit(readFileSync(target, 'utf8')));
    },
    timeout: 120_000,
  });
}

describe('a broken content file stops the build', () => {
  it.each([
    ['an unknown gmina code', (s: string) => s.replace('gmina: "2011013"', 'gmina: "2011999"'), 'gmina', /nie ma kodu „2011999” w rejestrze TERYT/],
    ['a malformed postal code', (s: string) => s.replace('type: gkrpa', 'type: gkrpa\naddress:\n  postal_code: "16200"'), 'postal_code', /NN-NNN/],
    [
      'an unknown taxonomy term',
      (s: string) => s.replace('needs: [uzaleznienia]', 'needs: [uzaleznienia, telepatia]'),
      'needs',
      /nieznana wartość „telepatia”/,
    ],
    ['a missing name', (s: string) => s.replace(/^name: .*\n/m, ''), 'name', /Brak pola: Nazwa \(name\)/],
    ['a service without needs', (s: string) => s.replace('needs: [uzaleznienia]', 'needs: []'), 'needs', /co najmniej jedną/],
  ])(
    '%s',
    (_label, edit, field, hint) => {
      const { status, output } = buildWith(edit);
      expect(status).not.toBe(0);
      expect(output).toContain('gkrpa.md');
      expect(output).toContain(field);
      expect(output).toMatch(hint);
    },
    120_000,
  );
});

/** `npm run build` itself (scripts/build.ts: the validator beside Astro) on hostile files from tests/fixtures/broken/. */
function npmBuildWith(fixtures: string[]) {
  const dir = mkdtempSync(join(scratch, 'npm-build-'));
  const content = join(dir, 'content');
  cpSync('content', content, { recursive: true });
  const folder = join(content, 'institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka');
  for (const f of fixtures) writeFileSync(join(folder, f.replace(/^\d+-/, '')), readFileSync(`tests/fixtures/broken/${f}`));
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, KATALOG_CONTENT_DIR: content, DIST_DIR: join(dir, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run build on hostile content', () => {
  it('stops with exit code 1 and Polish messages naming file and field, never a stack trace', () => {
    const { status, output } = npmBuildWith([
      '67-klucz-proto.md',
      '73-bomba-aliasow.md',
      '78-kodowanie-windows-1250.md',
      '81-nazwa-za-dluga.md',
      '96-zagniezdzenie-glebokie.md',
    ]);
    expect(status).toBe(1);
    expect(output).toMatch(/klucz-proto\.md:\d+ \[__proto__\]\n {2}Nieznane pole „__proto__”/);
    expect(output).toMatch(/bomba-aliasow\.md:\d+\n {2}Plik używa zbyt wielu odwołań YAML/);
    expect(output).toMatch(/kodowanie-windows-1250\.md\n {2}Plik nie jest zapisany w kodowaniu UTF-8/);
    expect(output).toMatch(/nazwa-za-dluga\.md:\d+ \[name\]\n {2}Nazwa \(name\) ma 612 znaków; najwięcej 200/);
    expect(output).toMatch(/zagniezdzenie-glebokie\.md:\d+\n {2}Błąd zapisu YAML/);
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(output).not.toMatch(/TypeError|RangeError|ReferenceError/);
  }, 200_000);
});
