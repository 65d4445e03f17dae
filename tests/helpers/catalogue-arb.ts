/** fast-check arbitraries of a catalogue document, valid under its schema (the codec's property tests and the contribution tests). */
import fc from 'fast-check';
import { type Added, type Catalogue } from '../../src/lib/catalogue/model.ts';
import { CATALOGUE_VERSION, SNAPSHOT_KINDS } from '../../src/schemas/vocabulary.ts';

const str = (max = 40) => fc.string({ unit: fc.constantFrom('a', 'ą', 'ł', 'Ż', 'ó', ' ', '"', '\\', '\n', '1', '–'), maxLength: max });
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const code7 = fc.stringMatching(/^\d{7}$/);
const group = fc.record({ ids: fc.array(str(20), { maxLength: 5 }), notes: str() });
const snapshot = fc.record(
  {
    kind: fc.constantFrom(...SNAPSHOT_KINDS),
    name: str(),
    url: str(),
    address: str(),
    phones: fc.array(fc.record({ display: str(20), label: str() }), { maxLength: 3 }),
    emails: fc.array(str(), { maxLength: 2 }),
    hoursText: fc.array(str(), { maxLength: 3 }),
    verified: fc.oneof(isoDate, fc.constant('')),
    gmina: code7,
    reach: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
    services: fc.array(fc.record({ id: str(10), name: str(), description: str(), access: str(), needs: fc.array(str(10), { maxLength: 3 }) }), {
      maxLength: 3,
    }),
  },
  { requiredKeys: ['kind', 'name', 'url', 'address', 'phones', 'emails', 'hoursText', 'verified', 'reach', 'services'] },
);
/** What the assistant adds: always valid under the directory's field rules (numbers in the stored format). */
export const addedArb: fc.Arbitrary<Added> = fc.record({
  name: str().map((s) => `Parafia ${s}`),
  type: fc.constantFrom('', 'ops', 'parafia', 'ngo'),
  offers: str(200),
  needs: fc.array(str(10), { maxLength: 3 }),
  phones: fc.array(fc.record({ number: fc.constantFrom('+48 85 711 73 46', '+48 85 730 40 60', '116 123', '+48 601 234 567'), label: str() }), {
    maxLength: 3,
  }),
  street: str(),
  postalCode: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{2}-\d{3}$/)),
  city: str(),
  email: fc.constantFrom('', 'parafia@example.org', 'bank.zywnosci@example.pl'),
  website: fc.constantFrom('', 'https://parafia.example.org/', 'http://example.pl/bank-zywnosci'),
  hours: str(),
  note: str(200),
});

export const catalogueArb: fc.Arbitrary<Catalogue> = fc.record({
  format: fc.constant('katalog-wsparcia' as const),
  version: fc.constant(CATALOGUE_VERSION),
  created: isoDate,
  pseudonym: str(),
  gmina: fc.option(fc.record({ code: code7, name: str(), powiat: str(), wojewodztwo: str(), wojSlug: str() }), { nil: null }),
  audiences: fc.array(str(20), { maxLength: 4 }),
  goals: str(200),
  resources: fc.record({ personal: group, family: group, environment: group }),
  needs: fc.array(str(20), { maxLength: 4 }),
  chosen: fc.array(
    fc.record({
      entryId: str(20),
      snapshot,
      added: addedArb,
      why: str(),
      nextStep: str(),
      contactPerson: str(),
      documents: str(),
      date: fc.oneof(isoDate, fc.constant('')),
    }),
    { maxLength: 5 },
  ),
  plan: fc.array(fc.record({ id: str(10), action: str(), who: str(), byWhen: fc.oneof(isoDate, fc.constant('')) }), { maxLength: 4 }),
  assistant: fc.record({ name: str(), institution: str(), phone: str(20), email: str() }),
});
