/** A catalogue as the builder would make it, for the PDF tests. */
import { emptyAdded } from '../../src/lib/catalogue/added.ts';
import { emptyCatalogue, type Catalogue, type Chosen } from '../../src/lib/catalogue/model.ts';

export function chosenService(i: number, overrides: Partial<Chosen['snapshot']> = {}): Chosen {
  return {
    entryId: `entry-${i}`,
    snapshot: {
      kind: 'institution',
      name: `Ośrodek wsparcia numer ${i} w Dąbrowie Białostockiej`,
      url: `/placowka/osrodek-${i}/`,
      address: 'ul. Solidarności 1, 16-200 Dąbrowa Białostocka',
      phones: [{ display: '85 711 73 46', label: 'sekretariat' }],
      emails: ['sekretariat@example.org'],
      hoursText: ['poniedziałek–piątek 7:30–15:30'],
      verified: '2026-11-23',
      gmina: '2011013',
      reach: 0,
      services: [
        {
          id: 'psycholog',
          name: 'Konsultacje psychologiczne',
          description: 'Rozmowa z psychologiem dla rodziców i dzieci; gęślą jaźń, żółć.',
          access: 'Zadzwoń i umów się na wizytę.',
          needs: ['psychologiczne'],
        },
      ],
      ...overrides,
    },
    added: emptyAdded(),
    why: 'Rodzina chce porozmawiać o trudnych emocjach.',
    nextStep: 'Zadzwonić w poniedziałek.',
    contactPerson: 'sekretariat',
    documents: 'dowód osobisty',
    date: '2026-12-01',
  };
}

export function sampleCatalogue(services = 3): Catalogue {
  return {
    ...emptyCatalogue('2026-11-23'),
    pseudonym: 'Rodzina Żółć',
    gmina: { code: '2011013', name: 'Dąbrowa Białostocka', powiat: 'powiat sokólski', wojewodztwo: 'podlaskie', wojSlug: 'podlaskie' },
    audiences: ['kobiety-w-ciazy'],
    goals: 'Chcemy spokojnie przygotować się na narodziny dziecka.',
    resources: {
      personal: { ids: ['zdrowie'], notes: 'Mama dobrze gotuje.' },
      family: { ids: ['pomoc-krewnych'], notes: 'Babcia mieszka obok.' },
      environment: { ids: [], notes: '' },
    },
    needs: ['psychologiczne'],
    chosen: Array.from({ length: services }, (_, i) => chosenService(i + 1)),
    plan: [{ id: 'p1', action: 'Umówić wizytę w poradni', who: 'mama', byWhen: '2026-12-05' }],
    assistant: { name: 'Asystentka rodziny', institution: 'MOPS w Dąbrowie Białostockiej', phone: '85 711 73 46', email: '' },
  };
}
