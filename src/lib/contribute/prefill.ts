/**
 * A new entry prefilled from the address: /zglos/?rodzaj=<type>&gmina=<TERYT code>, the link of a
 * generic card ("Znasz adres? Dodaj placówkę"). Only known values are taken; anything else is ignored.
 */
import type { EntryDraft } from './draft.ts';
import type { FormRegions, FormTaxonomies } from './reference.ts';

export function prefillNew(draft: EntryDraft, query: URLSearchParams, regions: Pick<FormRegions, 'gminy'>, terms: Pick<FormTaxonomies, 'types'>): EntryDraft {
  const type = query.get('rodzaj') ?? '';
  const gmina = query.get('gmina') ?? '';
  return {
    ...draft,
    ...(terms.types.some((t) => t.id === type) ? { type } : {}),
    ...(regions.gminy.some(([code]) => code === gmina) ? { gmina } : {}),
  };
}
