import { describe, expect, it } from 'vitest';
import { schema, validFixture } from '../../tests/helpers/fixtures.ts';

function issues(data: Record<string, unknown>) {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('institution schema', () => {
  it('accepts the valid fixture and fills defaults', () => {
    const parsed = schema.parse(validFixture());
    expect(parsed.status).toBe('active');
    expect(parsed.languages).toEqual(['pl']);
    expect(parsed.verified.date).toBe('2026-11-01');
  });

  const cases: [string, (d: Record<string, any>) => void, string, RegExp][] = [
    ['unknown gmina code', (d) => (d.gmina = '9999999'), 'gmina', /nie ma kodu „9999999” w rejestrze TERYT/],
    ['gmina written as a number', (d) => (d.gmina = 2011013), 'gmina', /7-cyfrowy kod TERYT/],
    ['malformed postal code', (d) => (d.address.postal_code = '16200'), 'address.postal_code', /NN-NNN/],
    ['unknown type', (d) => (d.type = 'szpital-xyz'), 'type', /nieznana wartość „szpital-xyz”.*types\.yaml/],
    ['unknown need', (d) => (d.services[0].needs = ['latanie']), 'services.0.needs.0', /nieznana wartość „latanie”.*needs\.yaml/],
    ['unknown audience', (d) => (d.services[0].audiences = ['marsjanie']), 'services.0.audiences.0', /audiences\.yaml/],
    ['missing name', (d) => delete d.name, 'name', /Brak pola: Nazwa \(name\)/],
    ['empty name', (d) => (d.name = '  '), 'name', /puste/],
    ['service without needs', (d) => (d.services[0].needs = []), 'services.0.needs', /co najmniej jedną/],
    ['service needs missing', (d) => delete d.services[0].needs, 'services.0.needs', /musi być listą/],
    ['no services', (d) => (d.services = []), 'services', /co najmniej jedną usługę/],
    ['phone not in the stored format', (d) => (d.phones[0].number = '(85) 711 73 46'), 'phones.0.number', /"\+48 85 711 73 46"/],
    ['invalid phone', (d) => (d.phones[0].number = '123'), 'phones.0.number', /nie jest poprawny/],
    ['bad email', (d) => (d.emails = ['biuro@']), 'emails.0', /e-mail/],
    ['javascript: website', (d) => (d.website = 'javascript:alert(1)'), 'website', /https:\/\//],
    ['bad opening hours', (d) => (d.hours = 'od rana do wieczora'), 'hours', /OpenStreetMap/],
    ['id not a UUID', (d) => (d.id = 'mops-1'), 'id', /UUID/],
    ['bad precision', (d) => (d.location.precision = 'roughly'), 'location.precision', /approximate/],
    ['bad verification date', (d) => (d.verified.date = '23.11.2026'), 'verified.date', /RRRR-MM-DD/],
    ['duplicate service ids', (d) => d.services.push({ ...d.services[0] }), 'services.1.id', /powtarza się/],
    ['hidden address without phone', (d) => ((d.address.hidden = true), (d.phones = [])), 'phones', /ukryty/],
  ];

  it.each(cases)('refuses %s, naming the field with a Polish hint', (_label, mutate, path, message) => {
    const data = structuredClone(validFixture()) as Record<string, any>;
    mutate(data);
    const found = issues(data);
    expect(found.map((i) => i.path)).toContain(path);
    expect(found.find((i) => i.path === path)!.message).toMatch(message);
  });
});
