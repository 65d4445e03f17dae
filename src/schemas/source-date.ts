/** The date of the document the data comes from (verified → source_date): a day, or only a month or a year when the document gives no day. */
import { z } from 'astro/zod';
import { SOURCE_DATE } from '../formats/dates.ts';

const message =
  'Data źródła (verified → source_date): wpisz datę dokumentu, z którego pochodzą dane, w formacie RRRR-MM-DD; jeśli dokument podaje tylko miesiąc albo rok, wpisz "RRRR-MM" albo "RRRR" (w cudzysłowie), np. "2024".';

export const sourceDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number' && Number.isInteger(value)
        ? String(value)
        : value,
  z
    .string({ error: message })
    .regex(SOURCE_DATE, message)
    .refine((s) => s.length < 10 || !Number.isNaN(Date.parse(s)), message),
);
