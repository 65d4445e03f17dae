/**
 * "Potwierdź, że dane są aktualne": a correction of an existing entry that changes only its
 * verification (date and source), so an organisation can confirm its entry in one step.
 * The source document's date is dropped: the confirmation itself is now the source.
 */
import type { EntryDraft } from './draft.ts';

/** The query parameter that asks the form for a confirmation (beside ?popraw=<slug>&woj=<code>). */
export const CONFIRM_PARAM = 'potwierdz';

export const CONFIRM_SOURCE = 'Placówka potwierdziła, że dane są aktualne (formularz na stronie katalogu)';

export function confirmDraft(draft: EntryDraft, today: string): EntryDraft {
  return { ...draft, verified_date: today, verified_source: CONFIRM_SOURCE, verified_source_date: '' };
}
