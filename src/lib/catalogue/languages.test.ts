/**
 * The catalogue's word-making functions in Polish, Ukrainian, English and bilingual: each says its fixed words in
 * the translator's language and leaves the family's and the directory's words as they are.
 */
import { describe, expect, it } from 'vitest';
import { addedHeading, emptyAdded, ownSnapshot } from './added.ts';
import { bilingual, dateInFigures } from './bilingual.ts';
import { describeChanges } from './changes.ts';
import type { CatalogueEntry } from './entries.ts';
import { emptyCatalogue, type Catalogue, type Chosen } from './model.ts';
import { pdfData, serviceFields, sourceDate, verifiedLine } from './selectors.ts';
import { suggest } from './suggest.ts';
import { sourceDateWords } from '../freshness/words.ts';
import { bilingualTranslator, builderTranslator, pdfTranslator } from '../../../tests/helpers/words.ts';

const chosen = (id: string, snapshot: Partial<Chosen['snapshot']> = {}): Chosen => ({
  entryId: id,
  snapshot: {
    kind: 'institution',
    name: 'Ośrodek Pomocy Społecznej w Sztabinie',
    url: `/placowka/${id}/`,
    address: 'ul. Źródlana 3, 16-310 Sztabin',
    phones: [{ display: '87 641 20 20', label: 'sekretariat' }],
    emails: [],
    hoursText: ['poniedziałek–piątek 7:30–15:30'],
    verified: '2025-06-02',
    sourceDate: '2019',
    reach: 0,
    services: [{ id: 's', name: 'Praca socjalna', description: '', access: '', needs: ['pieniadze'] }],
    ...snapshot,
  },
  added: emptyAdded(),
  why: 'Мама хоче знайти психолога',
  nextStep: '',
  contactPerson: '',
  documents: '',
  date: '2026-12-05',
});

const catalogue: Catalogue = {
  ...emptyCatalogue('2026-11-23'),
  gmina: { code: '2011062', name: 'Sztabin', powiat: 'powiat augustowski', wojewodztwo: 'podlaskie', wojSlug: 'podlaskie' },
  goals: 'Мама хоче знайти психолога',
  needs: ['pieniadze'],
  chosen: [
    chosen('ops'),
    chosen('inne', { services: [] }),
    { ...chosen('wlasne', ownSnapshot()), added: { ...emptyAdded(), name: 'Parafia w Sztabinie', phones: [{ number: '+48 87 641 20 21', label: '' }] } },
  ],
};
const options = {
  needs: [{ id: 'pieniadze', name: 'Pieniądze i świadczenia' }],
  audiences: [],
  resources: [],
  origin: 'https://katalog.example',
  today: '2026-11-23',
  largePrint: false,
};

describe('pdfData in each language', () => {
  it.each([
    [
      'pl',
      'Rodzina',
      'gmina Sztabin, powiat augustowski, województwo podlaskie',
      'Inne wsparcie',
      'Zasoby osobiste',
      '23 listopada 2026',
      'Dane sprawdzone ponad rok temu: zadzwoń przed wizytą.',
      '2 czerwca 2025 (dokument źródłowy: 2019 r.)',
      'Telefon',
    ],
    [
      'uk',
      'Родина',
      'гміна Sztabin, powiat augustowski, воєводство podlaskie',
      'Інша підтримка',
      'Особисті ресурси',
      '23 листопада 2026 р.',
      'Дані перевірено понад рік тому: зателефонуйте перед візитом.',
      '2 червня 2025 р. (документ-джерело: 2019 р.)',
      'Телефон',
    ],
    [
      'en',
      'Family',
      'gmina Sztabin, powiat augustowski, podlaskie voivodeship',
      'Other support',
      'Personal resources',
      '23 November 2026',
      'Data checked more than a year ago: phone before you go.',
      '2 June 2025 (source document: 2019)',
      'Phone',
    ],
  ] as const)('%s: fixed words in the language, the data as they are', (lang, family, place, other, personal, date, stale, verified, phone) => {
    const data = pdfData(catalogue, options, pdfTranslator(lang));
    expect(data.forWhom).toBe(family);
    expect(data.place).toBe(place);
    expect(data.date).toBe(date);
    expect(data.goals).toBe('Мама хоче знайти психолога');
    expect(data.resources[0]!.title).toBe(personal);
    expect(data.sections.map((s) => s.title)).toEqual(['Pieniądze i świadczenia', other]);
    const ops = data.sections[0]!.services[0]!;
    expect(ops).toMatchObject({
      name: 'Ośrodek Pomocy Społecznej w Sztabinie',
      address: 'ul. Źródlana 3, 16-310 Sztabin',
      why: 'Мама хоче знайти психолога',
      staleNotice: stale,
      verified,
    });
    const own = data.sections[1]!.services.find((s) => s.own)!;
    expect(own.added).toEqual([{ label: phone, value: '87 641 20 21' }]);
  });

  it('bilingual: fixed words in both, dates in figures, the data once', () => {
    const tr = bilingualTranslator('uk');
    const data = pdfData(catalogue, options, tr);
    expect(data.forWhom).toBe('Родина / Rodzina');
    expect(data.date).toBe('23.11.2026');
    expect(data.sections[1]!.title).toBe('Інша підтримка / Inne wsparcie');
    const ops = data.sections[0]!.services[0]!;
    expect(ops.date).toBe('05.12.2026');
    expect(ops.staleNotice).toBe('Дані перевірено понад рік тому: зателефонуйте перед візитом. / Dane sprawdzone ponad rok temu: zadzwoń przed wizytą.');
    expect(serviceFields(tr, ops).contacts[0]).toEqual(['Адреса / Adres', 'ul. Źródlana 3, 16-310 Sztabin']);
    expect(verifiedLine(tr, ops)).toBe(
      'Дані перевірено: 02.06.2025 (документ-джерело: 2019). / Dane sprawdzono: 02.06.2025 (dokument źródłowy: 2019). https://katalog.example/placowka/ops/',
    );
    expect(addedHeading(tr, false)).toBe('Дані додав асистент родини / Dane dodane przez asystenta rodziny');
  });
});

describe('the words of the lib functions', () => {
  it('says a source date in each language as precisely as it was given; Polish as the freshness words do', () => {
    for (const date of ['2019', '2024-06', '2024-06-15']) expect(sourceDate(pdfTranslator('pl'), date)).toBe(sourceDateWords(date));
    expect(['2019', '2024-06', '2024-06-15'].map((d) => sourceDate(pdfTranslator('uk'), d))).toEqual(['2019 р.', 'червень 2024 р.', '15 червня 2024 р.']);
    expect(['2019', '2024-06', '2024-06-15'].map((d) => sourceDate(pdfTranslator('en'), d))).toEqual(['2019', 'June 2024', '15 June 2024']);
    expect(['2019', '2024-06', '2024-06-15'].map((d) => sourceDate(bilingualTranslator('en'), d))).toEqual(['2019', '06.2024', '15.06.2024']);
    expect(dateInFigures('2026-12-01')).toBe('01.12.2026');
  });

  it('marks what the assistant added, in each language', () => {
    expect(addedHeading(pdfTranslator('pl'), true)).toBe('Dane dodane przez asystenta rodziny (tej pozycji nie ma w katalogu placówek)');
    expect(addedHeading(pdfTranslator('uk'), true)).toBe('Дані додав асистент родини (цієї позиції немає в каталозі установ)');
    expect(addedHeading(pdfTranslator('en'), false)).not.toBe(addedHeading(pdfTranslator('pl'), false));
  });

  it('says what changed since a service was chosen, in each language', () => {
    expect(describeChanges(builderTranslator('pl'), ['address'])).toBe('Od chwili wyboru zmienił się adres.');
    expect(describeChanges(builderTranslator('uk'), ['address', 'hours'])).toBe('Відколи ви її вибрали, змінилася адреса, змінилися години роботи.');
    expect(describeChanges(builderTranslator('en'), ['removed'])).toBe('Since it was chosen, this item is no longer in the directory.');
    expect(describeChanges(builderTranslator('en'), [])).toBe('');
  });

  it('gives each suggestion its reason in the builder’s language, with the need named as the page names it', () => {
    const entry: CatalogueEntry = {
      id: 'ops',
      kind: 'institution',
      name: 'GOPS w Sztabinie',
      url: '/placowka/ops/',
      type: 'ops',
      gmina: '2011062',
      serves: 'gmina',
      emergency: false,
      address: '',
      phones: [],
      emails: [],
      hoursText: [],
      verified: '2026-11-23',
      services: [{ id: 's', name: 'Praca socjalna', description: '', access: '', needs: ['pieniadze'], audiences: ['kobiety-w-ciazy'] }],
    };
    const reason = (lang: 'pl' | 'uk' | 'en', needName: string) =>
      suggest([entry], {
        gmina: '2011062',
        needs: ['pieniadze'],
        audiences: ['kobiety-w-ciazy'],
        needName: () => needName,
        audienceName: () => 'X',
        words: builderTranslator(lang),
      })[0]!.reason;
    expect(reason('pl', 'Pieniądze')).toBe('odpowiada na potrzebę: Pieniądze; pasuje do sytuacji rodziny: X; działa w Twojej gminie');
    expect(reason('uk', 'Гроші')).toBe('відповідає на потребу: Гроші; підходить до ситуації родини: X; працює у вашій гміні');
    expect(reason('en', 'Money')).toBe('meets the need: Money; fits the family’s situation: X; works in your gmina');
  });

  it('bilingual says a text once when both languages say it alike, and a text one language leaves empty once', () => {
    const tr = bilingual(pdfTranslator('en'), pdfTranslator('pl'));
    expect(tr.t('field.email')).toBe('E-mail');
    expect(tr.label('status.notice', 'active')).toBe('');
    expect(tr.count(2, 'institution')).toBe('2 institutions / 2 placówki');
  });
});
