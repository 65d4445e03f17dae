/**
 * Loaded lazily by the form (it brings the opening-hours and phone libraries).
 * The form's check: the same schema and the same Markdown and file-name checks as
 * `npm run validate`, so the browser shows the same Polish messages, keyed by form field.
 */
import type { EntryDraft } from '../../lib/contribute/draft.ts';
import { draftToData } from '../../lib/contribute/draft-data.ts';
import { fileNameProblem } from '../../lib/validation/institution-file.ts';
import { checkBody } from '../../lib/validation/markdown.ts';
import { schemaRefs, type FormRegions, type FormTaxonomies } from '../../lib/contribute/reference.ts';
import { institutionSchema } from '../../schemas/institution.ts';

export interface FieldError {
  /** The field's path as the validator names it, e.g. "address.postal_code". */
  field: string;
  message: string;
}

/** The entry file writer (the yaml library) comes with the checks. */
export { toEntryFile } from '../../lib/contribute/entry-file.ts';

export type DraftChecker = (draft: EntryDraft) => { errors: FieldError[]; data?: Record<string, unknown> };

/** A checker made from the reference data shipped as JSON. */
export function makeChecker(regions: FormRegions, terms: FormTaxonomies): DraftChecker {
  const schema = institutionSchema(schemaRefs(regions, terms));
  return (draft) => checkDraft(schema, draft);
}

export function checkDraft(schema: ReturnType<typeof institutionSchema>, draft: EntryDraft): { errors: FieldError[]; data?: Record<string, unknown> } {
  const errors: FieldError[] = [];
  const nameProblem = fileNameProblem(draft.slug);
  if (nameProblem) errors.push({ field: 'nazwa pliku', message: nameProblem });
  for (const p of checkBody(draft.body)) errors.push({ field: 'opis', message: p.message });
  const data = draftToData(draft);
  const parsed = schema.safeParse(data);
  if (!parsed.success) errors.push(...parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })));
  return errors.length ? { errors } : { errors, data };
}
