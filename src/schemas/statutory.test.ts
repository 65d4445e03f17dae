import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSchemaRefs } from '../data/reference.ts';
import { loadStatutory } from '../data/statutory.ts';
import { validateContent } from '../lib/validation/content.ts';
import { validationContext } from '../../tests/helpers/validation.ts';
import { repeatedTypes, statutorySchema } from './statutory.ts';

const schema = statutorySchema(loadSchemaRefs());
const realText = readFileSync('content/statutory.yaml', 'utf8');
const real = () => structuredClone(parse(realText) as Record<string, any>[]);

function messages(kind: Record<string, unknown>) {
  const r = schema.safeParse(kind);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the statutory baseline (content/statutory.yaml)', () => {
  it('passes its schema, one kind per directory type', () => {
    const kinds = loadStatutory();
    expect(kinds.length).toBeGreaterThanOrEqual(12);
    expect(repeatedTypes(kinds)).toEqual([]);
    expect(
      validateContent({ institutions: [], taxonomies: [], articles: [], statutory: { file: 'content/statutory.yaml', text: realText } }, validationContext()),
    ).toEqual([]);
  });

  it('has the kinds the law puts in every gmina and every powiat', () => {
    const byLevel = (level: string) =>
      loadStatutory()
        .filter((k) => k.level === level)
        .map((k) => k.type);
    expect(byLevel('gmina')).toEqual(expect.arrayContaining(['ops', 'urzad-gminy', 'gkrpa', 'zespol-interdyscyplinarny', 'oswiata']));
    expect(byLevel('powiat')).toEqual(expect.arrayContaining(['pcpr', 'urzad-pracy', 'ppp', 'orzekanie', 'pomoc-prawna', 'policja', 'sad']));
  });

  it('cites every act by its full name and date', () => {
    for (const k of loadStatutory()) for (const a of k.acts) expect(a.name).toMatch(/^ustawa z dnia \d{1,2} \S+ \d{4} r\. /);
  });

  it('refuses an unknown type, a bad level, an act without a date and an unknown placeholder, in Polish', () => {
    const k = real()[0]!;
    expect(messages({ ...k, type: 'szpital' }).join('\n')).toMatch(/type: Rodzaj placówki \(type\): nieznana wartość „szpital”.*types\.yaml/);
    expect(messages({ ...k, level: 'wojewodztwo' }).join('\n')).toMatch(/level: Poziom \(level\): wpisz gmina albo powiat/);
    expect(messages({ ...k, acts: [{ name: 'ustawa o pomocy społecznej' }] }).join('\n')).toMatch(/acts\.0\.name: .*zacznij od „ustawa z dnia … r\.”/);
    expect(messages({ ...k, acts: [] }).join('\n')).toMatch(/co najmniej jedną ustawę/);
    expect(messages({ ...k, how_to_find: 'BIP gminy {wies}' }).join('\n')).toMatch(/nieznane pole „\{wies\}”/);
    expect(messages({ ...k, services: [{ ...k.services[0], needs: ['latanie'] }] }).join('\n')).toMatch(/nieznana wartość „latanie”/);
    expect(messages({ ...k, phone: '+48 85 000 00 00' }).length).toBeGreaterThan(0);
  });

  it('the validator reports a repeated type with its line', () => {
    const kinds = real();
    kinds[1]!.type = kinds[0]!.type;
    const text = (kinds as unknown[])
      .map((k) => JSON.stringify(k))
      .join('\n')
      .split('\n')
      .map((l) => `- ${l}`)
      .join('\n');
    const issues = validateContent(
      { institutions: [], taxonomies: [], articles: [], statutory: { file: 'content/statutory.yaml', text } },
      validationContext(),
    );
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'error', field: '1.type', line: 2, message: expect.stringMatching(/„ops” ma już inny wpis/) }),
    ]);
  });
});
