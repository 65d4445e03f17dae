/**
 * One institution (HSDS: an organization at one location, with its services).
 * The schema is made from the reference data it checks against, so a file that names
 * an unknown gmina or taxonomy term fails with a Polish message saying which and how to fix it.
 */
import { z } from 'astro/zod';
import { SERVICE_AREAS } from '../lib/regions/coverage.ts';
import { isValidOpeningHours } from '../lib/hours/parse.ts';
import { identifiersSchema } from './identifiers.ts';
import { sourceDate } from './source-date.ts';
import {
  email,
  httpUrl,
  isoDate,
  optionalText,
  phoneNumber,
  postalCode,
  requiredText,
  slugId,
  termList,
  uuid,
} from './fields.ts';

export interface SchemaRefs {
  gminy: ReadonlySet<string>;
  types: ReadonlySet<string>;
  needs: ReadonlySet<string>;
  forms: ReadonlySet<string>;
  audiences: ReadonlySet<string>;
}

export const STATUSES = ['active', 'temporarily-closed', 'inactive'] as const;
export const COSTS = ['free', 'paid', 'mixed'] as const;
export const PRECISIONS = ['exact', 'approximate'] as const;

const TAXONOMY_HINT = (file: string) => `Dozwolone wartości są w pliku content/taxonomy/${file}.yaml (pole id).`;

export function serviceSchema(refs: SchemaRefs) {
  return z.object({
    id: slugId('id usługi (services → id)'),
    name: requiredText('Nazwa usługi (services → name)', 'Wpisz, co placówka oferuje, np. „Porady prawne”.'),
    description: optionalText('Opis usługi'),
    needs: termList('Potrzeby (needs)', refs.needs, { min: 1, hint: TAXONOMY_HINT('needs') }),
    forms: termList('Formy wsparcia (forms)', refs.forms, { hint: TAXONOMY_HINT('forms') }).default([]),
    audiences: termList('Dla kogo (audiences)', refs.audiences, { hint: TAXONOMY_HINT('audiences') }).default([]),
    cost: z.enum(COSTS, { error: 'Koszt (cost): wpisz free (bezpłatne), paid (płatne) albo mixed (częściowo płatne). Jeśli nie wiesz, usuń to pole.' }).optional(),
    access: optionalText('Jak skorzystać (access)'),
  });
}

export function institutionSchema(refs: SchemaRefs) {
  return z
    .object({
      id: uuid,
      name: requiredText('Nazwa (name)', 'Wpisz pełną, oficjalną nazwę placówki.'),
      short_name: optionalText('Nazwa skrócona (short_name)'),
      type: z.string({ error: `Brak pola type (rodzaj placówki). ${TAXONOMY_HINT('types')}` }).refine((t) => refs.types.has(t), {
        error: (iss) => `Rodzaj placówki (type): nieznana wartość „${String(iss.input)}”. ${TAXONOMY_HINT('types')}`,
      }),
      status: z.enum(STATUSES, { error: 'Status: wpisz active (działa), temporarily-closed (czasowo zamknięta) albo inactive (nie działa).' }).default('active'),
      gmina: z
        .string({ error: 'Brak pola gmina. Wpisz 7-cyfrowy kod TERYT gminy w cudzysłowie, np. "2011013" (Dąbrowa Białostocka).' })
        .refine((code) => refs.gminy.has(code), {
          error: (iss) =>
            `Gmina: nie ma kodu „${String(iss.input)}” w rejestrze TERYT. Wpisz 7-cyfrowy kod gminy w cudzysłowie (rejestr: data/teryt/); wyszukaj go na stronie /zglos/.`,
        }),
      serves: z.enum(SERVICE_AREAS, { error: 'Obszar działania (serves): wpisz gmina, powiat, wojewodztwo albo kraj.' }).default('gmina'),
      address: z
        .object({
          street: optionalText('Ulica (address → street)'),
          postal_code: postalCode.optional(),
          city: optionalText('Miejscowość (address → city)'),
          hidden: z.boolean({ error: 'address → hidden: wpisz true albo false.' }).default(false),
        }, { error: 'Adres (address) musi mieć pola street, postal_code i city.' })
        .optional(),
      location: z
        .object({
          lat: z.number({ error: 'Szerokość geograficzna (location → lat) musi być liczbą, np. 53.65.' }).min(-90).max(90),
          lng: z.number({ error: 'Długość geograficzna (location → lng) musi być liczbą, np. 23.35.' }).min(-180).max(180),
          precision: z.enum(PRECISIONS, {
            error: 'Dokładność położenia (location → precision): exact (dokładny adres) albo approximate (tylko miejscowość).',
          }),
        })
        .optional(),
      phones: z
        .array(
          z.object({
            number: phoneNumber,
            label: optionalText('Opis numeru (phones → label)'),
          }),
          { error: 'Telefony (phones) muszą być listą: - number: "+48 85 711 73 46".' },
        )
        .default([]),
      emails: z.array(email, { error: 'E-maile (emails) muszą być listą adresów.' }).default([]),
      website: httpUrl.optional(),
      hours: z
        .string({ error: 'Godziny (hours) muszą być tekstem w formacie OpenStreetMap, np. "Mo-Fr 07:30-15:30".' })
        .refine(isValidOpeningHours, {
          error: 'Godziny (hours): niepoprawny zapis. Użyj formatu OpenStreetMap, np. "Mo-Fr 07:30-15:30; Sa 09:00-12:00" albo "24/7".',
        })
        .optional(),
      hours_note: optionalText('Uwagi o godzinach (hours_note)'),
      services: z
        .array(serviceSchema(refs), { error: 'Brak pola services. Wypisz usługi placówki jako listę (co najmniej jedną).' })
        .min(1, 'Usługi (services): podaj co najmniej jedną usługę.'),
      languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'Języki (languages): użyj kodów ISO, np. pl, uk, en.')).default(['pl']),
      accessibility: optionalText('Dostępność (accessibility)'),
      identifiers: identifiersSchema.optional(),
      verified: z.object(
        {
          date: isoDate('Data weryfikacji (verified → date)'),
          source: requiredText('Źródło weryfikacji (verified → source)', 'Napisz, skąd pochodzą dane, np. „Strona internetowa placówki” albo nazwę dokumentu.'),
          source_date: sourceDate.optional(),
        },
        { error: 'Brak pola verified. Wpisz datę sprawdzenia danych (date) i ich źródło (source).' },
      ),
    })
    .superRefine((entry, ctx) => {
      const ids = new Set<string>();
      entry.services.forEach((s, i) => {
        if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['services', i, 'id'], message: `Usługa „${s.id}” powtarza się: każda usługa musi mieć inne id.` });
        ids.add(s.id);
      });
      if (entry.address?.hidden && entry.phones.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['phones'], message: 'Adres jest ukryty (address → hidden: true), więc podaj co najmniej jeden telefon.' });
      }
      const sourceDate = entry.verified.source_date;
      if (sourceDate && sourceDate.slice(0, 10) > entry.verified.date) {
        ctx.addIssue({ code: 'custom', path: ['verified', 'source_date'], message: `Data źródła (verified → source_date) ${sourceDate} jest późniejsza niż data sprawdzenia (verified → date) ${entry.verified.date}. Źródło musi istnieć, zanim ktoś je sprawdzi: popraw jedną z dat.` });
      }
      if (entry.address?.hidden && entry.location?.precision === 'exact') {
        ctx.addIssue({ code: 'custom', path: ['location'], message: 'Adres jest ukryty: nie podawaj dokładnego położenia (usuń location albo ustaw precision: approximate).' });
      }
    });
}

export type Institution = z.output<ReturnType<typeof institutionSchema>>;
export type Service = Institution['services'][number];
