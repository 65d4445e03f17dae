/**
 * A new entry prefilled from a gap on /pokrycie/: ?rodzaj=<type>&gmina=<7 digits> or &powiat=<4 digits>.
 * Only known values are taken; a powiat sets the area served (serves: powiat), the gmina is left to choose.
 */
import type { EntryDraft } from './draft.ts';

export function prefillPlace(draft: EntryDraft, query: URLSearchParams, known: { types: ReadonlySet<string>; gminy: ReadonlySet<string> }): EntryDraft {
  const type = query.get('rodzaj') ?? '';
  const gmina = query.get('gmina') ?? '';
  const powiat = query.get('powiat') ?? '';
  return {
    ...draft,
    ...(known.types.has(type) ? { type } : {}),
    ...(known.gminy.has(gmina) ? { gmina } : {}),
    ...(/^\d{4}$/.test(powiat) && [...known.gminy].some((g) => g.startsWith(powiat)) ? { serves: 'powiat' } : {}),
  };
}
