/** A national helpline (content/helplines.yaml): a phone service that serves the whole country. */
import { z } from 'astro/zod';
import { isValidOpeningHours } from '../formats/opening-hours.ts';
import { httpUrl, optionalText, phoneNumber, requiredText, slugId, strictObject, termList, tooLongText, isoDate } from './fields.ts';
import { type SchemaRefs } from './institution.ts';
import { COSTS } from './vocabulary.ts';
import { LIMITS } from './limits.ts';

const T = LIMITS.text;

export function helplineSchema(refs: Pick<SchemaRefs, 'needs' | 'audiences'>) {
  return strictObject({
    id: slugId('id telefonu zaufania'),
    name: requiredText('Nazwa (name)', 'Wpisz nazwę telefonu zaufania.', { max: T.name }),
    number: phoneNumber,
    operator: optionalText('Kto prowadzi (operator)', { max: T.helpline_operator }),
    description: requiredText('Opis (description)', 'Napisz jednym-dwoma zdaniami, w czym pomaga.', { max: T.helpline_description }),
    hours: z
      .string()
      .max(T.hours, { error: tooLongText('Godziny (hours)', T.hours) })
      .refine(isValidOpeningHours, 'Godziny (hours): użyj formatu OpenStreetMap, np. "24/7".')
      .optional(),
    cost: z.enum(COSTS).optional(),
    website: httpUrl.optional(),
    needs: termList('Potrzeby (needs)', refs.needs, { min: 1, hint: 'Dozwolone wartości są w content/taxonomy/needs.yaml.' }),
    audiences: termList('Dla kogo (audiences)', refs.audiences, { hint: 'Dozwolone wartości są w content/taxonomy/audiences.yaml.' }).default([]),
    emergency: z.boolean().default(false),
    verified: strictObject({
      date: isoDate('Data weryfikacji (verified → date)'),
      source: requiredText('Źródło (verified → source)', 'Napisz, skąd pochodzi informacja.', { max: T.source }),
    }),
  });
}

export type Helpline = z.output<ReturnType<typeof helplineSchema>>;
