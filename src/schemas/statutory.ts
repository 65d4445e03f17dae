/**
 * The statutory baseline (content/statutory.yaml): kinds of institutions that the law puts in every
 * gmina or for every powiat, with what they offer a family and how to find one without an address.
 * `type` names a directory type, so "a real entry of that type serving the gmina" replaces the generic card.
 */
import { z } from 'astro/zod';
import { requiredText, slugId } from './fields.ts';
import { serviceSchema, type SchemaRefs } from './institution.ts';

export const STATUTORY_LEVELS = ['gmina', 'powiat'] as const;
export type StatutoryLevel = (typeof STATUTORY_LEVELS)[number];

/** Placeholders that how_to_find may use; the page fills them with the family's gmina and powiat. */
export const STATUTORY_PLACEHOLDERS = ['gmina', 'powiat'] as const;

const TYPES_HINT = 'Dozwolone wartości są w pliku content/taxonomy/types.yaml (pole id).';

export function statutorySchema(refs: SchemaRefs) {
  const service = serviceSchema(refs).omit({ cost: true }).strict();
  return z
    .object({
      id: slugId('id rodzaju instytucji'),
      type: z.string({ error: `Brak pola type (rodzaj placówki w katalogu). ${TYPES_HINT}` }).refine((t) => refs.types.has(t), {
        error: (iss) => `Rodzaj placówki (type): nieznana wartość „${String(iss.input)}”. ${TYPES_HINT}`,
      }),
      level: z.enum(STATUTORY_LEVELS, { error: 'Poziom (level): wpisz gmina albo powiat.' }),
      name: requiredText('Nazwa (name)', 'Wpisz nazwę instytucji prostym językiem.').pipe(
        z.string().max(200, 'Nazwa (name) jest za długa: najwyżej 200 znaków.'),
      ),
      also_called: z.array(z.string().trim().min(1).max(120), { error: 'Inne nazwy (also_called) muszą być listą, np. [GOPS, MOPS].' }).max(20).default([]),
      description: requiredText('Opis (description)', 'Napisz jednym-dwoma zdaniami, czym jest ta instytucja.').pipe(
        z.string().max(600, 'Opis (description) jest za długi: najwyżej 600 znaków.'),
      ),
      acts: z
        .array(
          z
            .object({
              name: requiredText(
                'Akt prawny (acts → name)',
                'Wpisz pełną nazwę ustawy z datą, np. „ustawa z dnia 12 marca 2004 r. o pomocy społecznej”.',
              ).refine(
                (name) => /^ustawa z dnia \d{1,2} [a-ząćęłńóśźż]+ \d{4} r\. /.test(name),
                'Akt prawny (acts → name): zacznij od „ustawa z dnia … r.”, np. „ustawa z dnia 12 marca 2004 r. o pomocy społecznej”.',
              ),
              article: z.string().trim().min(1).max(120).optional(),
            })
            .strict(),
          { error: 'Akty prawne (acts) muszą być listą: - name: ustawa z dnia …' },
        )
        .min(1, 'Akty prawne (acts): podaj co najmniej jedną ustawę, na której opiera się ten rodzaj instytucji.'),
      how_to_find: requiredText(
        'Jak znaleźć (how_to_find)',
        'Napisz, gdzie rodzina znajdzie adres i telefon, np. „w Biuletynie Informacji Publicznej (BIP) gminy {gmina}”.',
      ).superRefine((text, ctx) => {
        for (const m of text.matchAll(/\{([^}]*)\}/g)) {
          if (!(STATUTORY_PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
            ctx.addIssue({ code: 'custom', message: `Jak znaleźć (how_to_find): nieznane pole „{${m[1]}}”. Użyj {gmina} albo {powiat}.` });
          }
        }
      }),
      services: z
        .array(service, { error: 'Brak pola services. Wypisz, co ta instytucja oferuje rodzinie (co najmniej jedną usługę).' })
        .min(1, 'Usługi (services): podaj co najmniej jedną usługę.'),
    })
    .strict();
}

export type StatutoryKind = z.output<ReturnType<typeof statutorySchema>>;

/** Kinds that repeat an earlier kind's type: one kind per directory type, so a real entry replaces exactly one card. */
export function repeatedTypes<T extends { type: string }>(kinds: readonly T[]): T[] {
  const seen = new Set<string>();
  return kinds.filter((k) => (seen.has(k.type) ? true : (seen.add(k.type), false)));
}
