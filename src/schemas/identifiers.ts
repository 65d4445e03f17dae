/** Official register identifiers of an institution (HSDS organization_identifiers), with their check digits validated. */
import { z } from 'astro/zod';
import { compactIdentifier, IDENTIFIER_SCHEMES, identifierProblem } from '../formats/identifiers.ts';

const SCHEME_HINT = `Wpisz jeden z rejestrów: ${IDENTIFIER_SCHEMES.join(', ')}.`;

export const identifierSchema = z
  .object(
    {
      scheme: z.enum(IDENTIFIER_SCHEMES, { error: `Identyfikatory (identifiers → scheme): nieznany rejestr. ${SCHEME_HINT}` }),
      // A number without quotes loses its leading zeros in YAML ("000002217" → 2217): refuse it with the fix.
      value: z
        .string({ error: 'Identyfikatory (identifiers → value): wpisz numer w cudzysłowie, np. "000002217" (bez cudzysłowu zera na początku giną).' })
        .trim()
        .min(1, 'Identyfikatory (identifiers → value): wpisz numer.'),
    },
    { error: `Identyfikator musi mieć pola scheme i value, np. - scheme: REGON, value: "000002217". ${SCHEME_HINT}` },
  )
  .superRefine((id, ctx) => {
    const problem = identifierProblem(id.scheme, compactIdentifier(id.value));
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
    else if (compactIdentifier(id.value) !== id.value)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${id.scheme}: zapisz sam ciąg cyfr, bez spacji i kresek: "${compactIdentifier(id.value)}".` });
  });

export const identifiersSchema = z
  .array(identifierSchema, { error: 'Identyfikatory (identifiers) muszą być listą, np. - scheme: REGON i value: "000002217".' })
  .superRefine((ids, ctx) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id.scheme))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'scheme'],
          message: `Identyfikatory: ${id.scheme} występuje dwa razy. Placówka ma jeden numer w każdym rejestrze: usuń powtórzenie.`,
        });
      seen.add(id.scheme);
    });
  });
