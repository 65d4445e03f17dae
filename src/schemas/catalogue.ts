/**
 * The zod schema of the catalogue document (see src/lib/catalogue/model.ts). Only the file codec needs it at run time,
 * so the builder loads it (and zod) when a file is opened, not on first load.
 */
import { z } from 'astro/zod';
import { addedProblems, addedSchema } from './added.ts';
import { CATALOGUE_FORMAT, CATALOGUE_VERSION, SNAPSHOT_KINDS } from './vocabulary.ts';
import { SOURCE_DATE } from '../formats/dates.ts';

const text = (max: number) => z.string().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Data w postaci RRRR-MM-DD.');
const dateOrEmpty = z.union([isoDate, z.literal('')]);

/**
 * What the directory said about an entry when it was chosen: the PDF prints this, and changes are found against it.
 * An own entry of the assistant ("own") has an empty snapshot: the directory said nothing, and it was never verified.
 */
export const snapshotSchema = z.object({
  kind: z.enum(SNAPSHOT_KINDS),
  name: text(300),
  url: text(300),
  address: text(300),
  phones: z.array(z.object({ display: text(40), label: text(120) })).max(20),
  emails: z.array(text(200)).max(20),
  hoursText: z.array(text(200)).max(20),
  verified: dateOrEmpty, // '' for an own entry or a generic card
  sourceDate: z.string().regex(SOURCE_DATE).optional(),
  gmina: z
    .string()
    .regex(/^\d{7}$/)
    .optional(),
  /** A generic card: where the family finds the address and phone. */
  howToFind: text(1000).optional(),
  reach: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  services: z
    .array(
      z.object({
        id: text(100),
        name: text(300),
        description: text(2000),
        access: text(2000),
        needs: z.array(text(60)).max(30),
      }),
    )
    .max(50),
});
export type Snapshot = z.output<typeof snapshotSchema>;

export const chosenSchema = z
  .object({
    entryId: text(100),
    snapshot: snapshotSchema,
    added: addedSchema,
    why: text(2000),
    nextStep: text(2000),
    contactPerson: text(300),
    documents: text(2000),
    date: dateOrEmpty,
  })
  .superRefine((c, ctx) => {
    for (const p of addedProblems(c.added, c.snapshot.kind === 'own')) {
      ctx.addIssue({ code: 'custom', path: ['added', ...p.field.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x))], message: p.message });
    }
  });
export type Chosen = z.output<typeof chosenSchema>;

export const planItemSchema = z.object({
  id: text(40),
  action: text(1000),
  who: text(300),
  byWhen: dateOrEmpty,
});
export type PlanItem = z.output<typeof planItemSchema>;

export const gminaRefSchema = z.object({
  code: z.string().regex(/^\d{7}$/, 'Kod gminy TERYT ma 7 cyfr.'),
  name: text(100),
  powiat: text(120),
  wojewodztwo: text(60),
  wojSlug: text(60),
});
export type GminaRef = z.output<typeof gminaRefSchema>;

export const catalogueSchema = z
  .object({
    format: z.literal(CATALOGUE_FORMAT),
    version: z.literal(CATALOGUE_VERSION),
    created: isoDate,
    pseudonym: text(100),
    gmina: gminaRefSchema.nullable(),
    audiences: z.array(text(60)).max(50),
    goals: text(5000),
    resources: z.object({
      personal: z.object({ ids: z.array(text(60)).max(50), notes: text(3000) }),
      family: z.object({ ids: z.array(text(60)).max(50), notes: text(3000) }),
      environment: z.object({ ids: z.array(text(60)).max(50), notes: text(3000) }),
    }),
    needs: z.array(text(60)).max(50),
    chosen: z.array(chosenSchema).max(200),
    plan: z.array(planItemSchema).max(100),
    assistant: z.object({ name: text(200), institution: text(300), phone: text(60), email: text(200) }),
  })
  .strict();
export type Catalogue = z.output<typeof catalogueSchema>;
