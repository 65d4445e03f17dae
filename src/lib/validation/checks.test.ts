/** Checks of one file and across files that the broken corpus does not cover: warnings and their limits. */
import { describe, expect, it } from 'vitest';
import { realInstitutions, read, validationContext } from '../../../tests/helpers/validation.ts';
import { validateContent } from './content.ts';
import { checkInstitutionFile } from './institution-file.ts';

const template = read('tests/fixtures/broken/00-wzorzec-poprawny.md');
const here = 'podlaskie/powiat-sokolski/dabrowa-bialostocka';
const entry = (name: string, text = template, folder = here) => ({ file: `content/institutions/${folder}/${name}.md`, relative: `${folder}/${name}.md`, text });
const ctx = validationContext(new Date('2026-11-23T12:00:00Z'));
const only = { taxonomies: [], articles: [] };

describe('verification date', () => {
  it('warns (not refuses) when the data was checked more than 24 months ago, and names the line', () => {
    const issues = checkInstitutionFile(entry('stara', template.replace('date: 2026-10-01', 'date: 2024-11-22')), ctx).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', field: 'verified.date', line: 31 });
    expect(checkInstitutionFile(entry('stara', template.replace('date: 2026-10-01', 'date: 2024-11-23')), ctx).issues).toEqual([]);
  });

  it('warns on the source document date when there is one, even after a recent check', () => {
    const withSource = (d: string) => template.replace('date: 2026-10-01', `date: 2026-10-01\n  source_date: "${d}"`);
    const issues = checkInstitutionFile(entry('zrodlo', withSource('2024-10')), ctx).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', field: 'verified.source_date', line: 32 });
    expect(issues[0]!.message).toContain('2024-10');
    expect(checkInstitutionFile(entry('zrodlo', withSource('2024-12')), ctx).issues).toEqual([]);
  });

  it('refuses a source date after the check, or written the Polish way', () => {
    const withSource = (d: string) => template.replace('date: 2026-10-01', `date: 2026-10-01\n  source_date: "${d}"`);
    expect(checkInstitutionFile(entry('zrodlo', withSource('2026-10-02')), ctx).issues[0]).toMatchObject({ severity: 'error', field: 'verified.source_date' });
    expect(checkInstitutionFile(entry('zrodlo', withSource('06.2024')), ctx).issues[0]).toMatchObject({ severity: 'error', field: 'verified.source_date' });
  });

  it('refuses a date after today (the CLI passes the clock in)', () => {
    const text = template.replace('date: 2026-10-01', 'date: 2026-11-24');
    expect(checkInstitutionFile(entry('jutro', text), ctx).issues[0]).toMatchObject({ severity: 'error', field: 'verified.date' });
    expect(checkInstitutionFile(entry('jutro', text), validationContext(new Date('2026-11-24T08:00:00Z'))).issues).toEqual([]);
  });
});

describe('folder of the gmina', () => {
  it('warns when the file is not in its gmina folder, naming the right one', () => {
    const issues = checkInstitutionFile(entry('zly-folder', template, 'podlaskie/powiat-sokolski/sokolka'), ctx).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', field: 'gmina' });
    expect(issues[0]!.message).toContain('content/institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka/');
  });
});

describe('probable duplicates', () => {
  const second = template.replace('3f6c2a8e-9b1d-4e7a-8c5f-2d4b6a8e0c13', '5a0e1c2b-3d4f-4a6b-8c9d-0e1f2a3b4c5d');

  it('warns about the same name and address written differently', () => {
    const variant = second.replace('"ul. Przykładowa 5"', '"UL. PRZYKŁADOWA 5"').replace('"Testowa Poradnia Rodzinna"', '"Testowa poradnia rodzinna"');
    const issues = validateContent({ ...only, institutions: [entry('a'), entry('b', variant)] }, ctx);
    expect(issues.filter((i) => i.field === 'name' && i.severity === 'warning')).toHaveLength(2);
  });

  it('warns about a shared phone only where an entry does not say why it shares it', () => {
    const otherName = second.replace('"Testowa Poradnia Rodzinna"', '"Inna Placówka"').replace('"ul. Przykładowa 5"', '"ul. Inna 9"');
    const unlabelled = otherName.replace('    label: "rejestracja"\n', '');
    const issues = validateContent({ ...only, institutions: [entry('a'), entry('b', unlabelled)] }, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: 'warning',
      field: 'phones.0.number',
      file: 'content/institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka/b.md',
    });
    expect(validateContent({ ...only, institutions: [entry('a'), entry('b', otherName)] }, ctx)).toEqual([]);
  });

  it('accepts the real entries that share the MOPS phone with a label (only their old sources are reported)', () => {
    const real = realInstitutions();
    const shared = real.filter((f) => f.text.includes('"+48 85 711 73 46"'));
    expect(shared.length).toBeGreaterThanOrEqual(3);
    const issues = validateContent({ ...only, institutions: real }, ctx);
    expect(issues.filter((i) => i.field !== 'verified.source_date')).toEqual([]);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('refuses a register identifier that another entry already has', () => {
    const ids = '\nidentifiers:\n  - scheme: NIP\n    value: "5260250274"\nverified:';
    const a = template.replace('\nverified:', ids);
    const b = second
      .replace('"Testowa Poradnia Rodzinna"', '"Inna Placówka"')
      .replace('"ul. Przykładowa 5"', '"ul. Inna 9"')
      .replace('    label: "rejestracja"\n', '    label: "inna"\n')
      .replace('\nverified:', ids);
    const issues = validateContent({ ...only, institutions: [entry('a', a), entry('b', b)] }, ctx);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: 'error',
      field: 'identifiers.0.value',
      file: 'content/institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka/b.md',
    });
    expect(issues[0]!.message).toMatch(/NIP 5260250274 ma już .*a\.md/);
    expect(issues[0]!.line).toBe(b.split('\n').findIndex((l) => l.includes('"5260250274"')) + 1);
  });

  it('refuses an identifier with a wrong check digit, at its line', () => {
    const bad = template.replace('\nverified:', '\nidentifiers:\n  - scheme: REGON\n    value: "000002218"\nverified:');
    const issues = checkInstitutionFile(entry('zly-regon', bad), ctx).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', field: 'identifiers.0.value' });
    expect(issues[0]!.message).toMatch(/cyfrę kontrolną/);
  });
});

describe('helplines, taxonomies and articles', () => {
  it('checks helplines.yaml with lines, and refuses a repeated id', () => {
    const yaml = read('content/helplines.yaml');
    expect(validateContent({ ...only, institutions: [], helplines: { file: 'content/helplines.yaml', text: yaml } }, ctx)).toEqual([]);
    const broken = yaml.replace('number: "116 111"', 'number: "116 11"').replace('id: kryzysowy-telefon-zaufania', 'id: numer-alarmowy-112');
    const issues = validateContent({ ...only, institutions: [], helplines: { file: 'content/helplines.yaml', text: broken } }, ctx);
    expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(['1.number', '2.id']));
    expect(issues.find((i) => i.field === '1.number')!.line).toBe(yaml.split('\n').findIndex((l) => l.includes('"116 111"')) + 1);
  });

  it('checks taxonomy files and articles', () => {
    const taxonomy = { file: 'content/taxonomy/needs.yaml', text: '- id: Zle Id\n  name: x\n  description: y\n' };
    const article = {
      file: 'content/informator/a.md',
      text: '---\ntitle: T\nsummary: S\nquestion: kto-pomoze\nreviewed: 2026-11-01\n---\n\n<script>x</script>\n',
    };
    const issues = validateContent({ institutions: [], taxonomies: [taxonomy], articles: [article] }, ctx);
    expect(issues.map((i) => `${i.file} ${i.field}`)).toEqual(['content/informator/a.md opis', 'content/taxonomy/needs.yaml 0.id']);
  });
});
