/**
 * The reference data the contribution form needs in the browser, compact: TERYT units
 * (to choose the gmina and make the file's folder) and the taxonomy terms (ids and names).
 * Built at build time from the same sources as the validator, shipped as JSON.
 */
import type { Regions } from '../regions/teryt.ts';
import type { SchemaRefs } from '../../schemas/institution.ts';

export interface FormRegions {
  /** [code, name, slug] */
  wojewodztwa: [string, string, string][];
  /** [code, label, slug] */
  powiaty: [string, string, string][];
  /** [code, name, kind, slug] */
  gminy: [string, string, string, string][];
}

export interface FormTerm {
  id: string;
  name: string;
}

export interface FormTaxonomies {
  types: FormTerm[];
  needs: FormTerm[];
  forms: FormTerm[];
  audiences: FormTerm[];
}

const byName = <T extends string[]>(a: T, b: T) => a[1]!.localeCompare(b[1]!, 'pl');

export function formRegions(regions: Regions): FormRegions {
  return {
    wojewodztwa: [...regions.wojewodztwa.values()].map((w) => [w.code, w.name, w.slug] as [string, string, string]).sort(byName),
    powiaty: [...regions.powiaty.values()].map((p) => [p.code, p.label, p.slug] as [string, string, string]).sort(byName),
    gminy: [...regions.gminy.values()].map((g) => [g.code, g.name, g.kind, g.slug] as [string, string, string, string]).sort(byName),
  };
}

/** The schema's reference sets, rebuilt in the browser from the shipped JSON. */
export function schemaRefs(regions: FormRegions, terms: FormTaxonomies): SchemaRefs {
  const ids = (list: FormTerm[]) => new Set(list.map((t) => t.id));
  return {
    gminy: new Set(regions.gminy.map((g) => g[0])),
    types: ids(terms.types),
    needs: ids(terms.needs),
    forms: ids(terms.forms),
    audiences: ids(terms.audiences),
  };
}

/** content/institutions/<woj>/<powiat>/<gmina>/<slug>.md for a gmina code, or undefined if unknown. */
export function entryPath(regions: FormRegions, gminaCode: string, slug: string): string | undefined {
  const gmina = regions.gminy.find((g) => g[0] === gminaCode);
  const powiat = regions.powiaty.find((p) => p[0] === gminaCode.slice(0, 4));
  const woj = regions.wojewodztwa.find((w) => w[0] === gminaCode.slice(0, 2));
  return gmina && powiat && woj ? `content/institutions/${woj[2]}/${powiat[2]}/${gmina[3]}/${slug}.md` : undefined;
}
