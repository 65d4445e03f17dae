/**
 * One institution (HSDS: an organization at one location, with its services).
 * The schema is made from the reference data it checks against, so a file that names
 * an unknown gmina or taxonomy term fails with a Polish message saying which and how to fix it.
 */
import { z } from 'astro/zod';
import { COSTS, PRECISIONS, SERVICE_AREAS, STATUSES } from './vocabulary.ts';
import { isValidOpeningHours } from '../formats/opening-hours.ts';
import { identifiersSchema } from './identifiers.ts';
import { sourceDate } from './source-date.ts';
import {
  email,
  httpUrl,
  isoDate,
  limitedList,
  optionalText,
  phoneNumber,
  postalCode,
  requiredText,
  shown,
  slugId,
  strictObject,
  termList,
  tooLongText,
  uuid,
} from './fields.ts';
import { LIMITS } from './limits.ts';

const T = LIMITS.text;

export interface SchemaRefs {
  gminy: ReadonlySet<string>;
  types: ReadonlySet<string>;
  needs: ReadonlySet<string>;
  forms: ReadonlySet<string>;
  audiences: ReadonlySet<string>;
}

const TAXONOMY_HINT = (file: string) => `Dozwolone wartości są w pliku content/taxonomy/${file}.yaml (pole id).`;

export function serviceSchema(refs: SchemaRefs) {
  return strictObject({
    id: slugId('id usługi (services → id)'),
    name: requiredText('Nazwa usługi (services → name)', 'Wpisz, co placówka oferuje, np. „Porady prawne”.', {
      max: T.service_name,
      shorten: 'Skróć ją do kilku słów; szczegóły napisz w opisie usługi (description).',
    }),
    description: optionalText('Opis usługi (services → description)', {
      max: T.service_description,
      shorten: 'Skróć go do 2–4 zdań: tyle mieści karta w katalogu.',
    }),
    needs: termList('Potrzeby (needs)', refs.needs, { min: 1, hint: TAXONOMY_HINT('needs') }),
    forms: termList('Formy wsparcia (forms)', refs.forms, { hint: TAXONOMY_HINT('forms') }).default([]),
    audiences: termList('Dla kogo (audiences)', refs.audiences, { hint: TAXONOMY_HINT('audiences') }).default([]),
    cost: z
      .enum(COSTS, { error: 'Koszt (cost): wpisz free (bezpłatne), paid (płatne) albo mixed (częściowo płatne). Jeśli nie wiesz, usuń to pole.' })
      .optional(),
    access: optionalText('Jak skorzystać (access)', { max: T.service_access, shorten: 'Skróć go do 2–4 zdań: komu, jak się zgłosić, jakie dokumenty.' }),
  });
}

export function institutionSchema(refs: SchemaRefs) {
  return strictObject({
    id: uuid,
    name: requiredText('Nazwa (name)', 'Wpisz pełną, oficjalną nazwę placówki.', {
      max: T.name,
      shorten: 'Skróć ją: pełna nazwa musi się zmieścić w dwóch liniach karty w katalogu. Skrót nazwy wpisz w short_name, a szczegóły w opisie.',
    }),
    short_name: optionalText('Nazwa skrócona (short_name)', { max: T.short_name, shorten: 'Wpisz skrót, którego używają mieszkańcy, np. „MOPS”.' }),
    type: z.string({ error: `Brak pola type (rodzaj placówki). ${TAXONOMY_HINT('types')}` }).refine((t) => refs.types.has(t), {
      error: (iss) => `Rodzaj placówki (type): nieznana wartość „${shown(iss.input)}”. ${TAXONOMY_HINT('types')}`,
    }),
    status: z.enum(STATUSES, { error: 'Status: wpisz active (działa), temporarily-closed (czasowo zamknięta) albo inactive (nie działa).' }).default('active'),
    gmina: z
      .string({ error: 'Brak pola gmina. Wpisz 7-cyfrowy kod TERYT gminy w cudzysłowie, np. "2011013" (Dąbrowa Białostocka).' })
      .refine((code) => refs.gminy.has(code), {
        error: (iss) =>
          `Gmina: nie ma kodu „${shown(iss.input)}” w rejestrze TERYT. Wpisz 7-cyfrowy kod gminy w cudzysłowie (rejestr: data/teryt/); wyszukaj go na stronie /zglos/.`,
      }),
    serves: z.enum(SERVICE_AREAS, { error: 'Obszar działania (serves): wpisz gmina, powiat, wojewodztwo albo kraj.' }).default('gmina'),
    address: strictObject(
      {
        street: optionalText('Ulica (address → street)', { max: T.street }),
        postal_code: postalCode.optional(),
        city: optionalText('Miejscowość (address → city)', { max: T.city }),
        hidden: z.boolean({ error: 'address → hidden: wpisz true albo false.' }).default(false),
      },
      'Adres (address) musi mieć pola street, postal_code i city.',
    ).optional(),
    location: strictObject({
      lat: z.number({ error: 'Szerokość geograficzna (location → lat) musi być liczbą, np. 53.65.' }).min(-90).max(90),
      lng: z.number({ error: 'Długość geograficzna (location → lng) musi być liczbą, np. 23.35.' }).min(-180).max(180),
      precision: z.enum(PRECISIONS, {
        error: 'Dokładność położenia (location → precision): exact (dokładny adres) albo approximate (tylko miejscowość).',
      }),
    }).optional(),
    phones: limitedList(
      strictObject({
        number: phoneNumber,
        label: optionalText('Opis numeru (phones → label)', { max: T.phone_label, shorten: 'Wystarczy kilka słów, np. „sekretariat” albo „całodobowy”.' }),
      }),
      'Telefony (phones)',
      LIMITS.list.phones,
      { error: 'Telefony (phones) muszą być listą: - number: "+48 85 711 73 46".', hint: 'Zostaw numery, pod które mieszkańcy mają dzwonić.' },
    ).default([]),
    emails: limitedList(email, 'E-maile (emails)', LIMITS.list.emails, {
      error: 'E-maile (emails) muszą być listą adresów.',
      hint: 'Zostaw adresy, na które mieszkańcy mają pisać.',
    }).default([]),
    website: httpUrl.optional(),
    hours: z
      .string({ error: 'Godziny (hours) muszą być tekstem w formacie OpenStreetMap, np. "Mo-Fr 07:30-15:30".' })
      .max(T.hours, { error: tooLongText('Godziny (hours)', T.hours, 'Zapisz je krócej; wyjątki opisz w hours_note.') })
      .refine(isValidOpeningHours, {
        error: 'Godziny (hours): niepoprawny zapis. Użyj formatu OpenStreetMap, np. "Mo-Fr 07:30-15:30; Sa 09:00-12:00" albo "24/7".',
      })
      .optional(),
    hours_note: optionalText('Uwagi o godzinach (hours_note)', { max: T.hours_note, shorten: 'Skróć je do jednego-dwóch zdań.' }),
    services: limitedList(serviceSchema(refs), 'Usługi (services)', LIMITS.list.services, {
      error: 'Brak pola services. Wypisz usługi placówki jako listę (co najmniej jedną).',
      hint: 'Połącz podobne usługi w jedną.',
    }).min(1, 'Usługi (services): podaj co najmniej jedną usługę.'),
    languages: limitedList(
      z.string().regex(/^[a-z]{2,3}$/, 'Języki (languages): użyj kodów ISO, np. pl, uk, en.'),
      'Języki (languages)',
      LIMITS.list.languages,
    ).default(['pl']),
    accessibility: optionalText('Dostępność (accessibility)', {
      max: T.accessibility,
      shorten: 'Opisz najważniejsze: wejście, winda, toaleta, tłumacz języka migowego.',
    }),
    identifiers: identifiersSchema.optional(),
    verified: strictObject(
      {
        date: isoDate('Data weryfikacji (verified → date)'),
        source: requiredText('Źródło weryfikacji (verified → source)', 'Napisz, skąd pochodzą dane, np. „Strona internetowa placówki” albo nazwę dokumentu.', {
          max: T.source,
        }),
        source_date: sourceDate.optional(),
      },
      'Brak pola verified. Wpisz datę sprawdzenia danych (date) i ich źródło (source).',
    ),
  }).superRefine((entry, ctx) => {
    const ids = new Set<string>();
    entry.services.forEach((s, i) => {
      if (ids.has(s.id))
        ctx.addIssue({ code: 'custom', path: ['services', i, 'id'], message: `Usługa „${s.id}” powtarza się: każda usługa musi mieć inne id.` });
      ids.add(s.id);
    });
    if (entry.address?.hidden && entry.phones.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['phones'], message: 'Adres jest ukryty (address → hidden: true), więc podaj co najmniej jeden telefon.' });
    }
    const sourceDate = entry.verified.source_date;
    if (sourceDate && sourceDate.slice(0, 10) > entry.verified.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['verified', 'source_date'],
        message: `Data źródła (verified → source_date) ${sourceDate} jest późniejsza niż data sprawdzenia (verified → date) ${entry.verified.date}. Źródło musi istnieć, zanim ktoś je sprawdzi: popraw jedną z dat.`,
      });
    }
    if (entry.address?.hidden && entry.location?.precision === 'exact') {
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message: 'Adres jest ukryty: nie podawaj dokładnego położenia (usuń location albo ustaw precision: approximate).',
      });
    }
  });
}

export type Institution = z.output<ReturnType<typeof institutionSchema>>;
export type Service = Institution['services'][number];
