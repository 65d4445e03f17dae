/**
 * The TERYT TERC register: parsing and the region hierarchy.
 * Pure: the caller passes the CSV text (see src/data/reference.ts for the loader).
 */
import { slugify } from '../../formats/text.ts';

export type UnitKind = 'wojewodztwo' | 'powiat' | 'gmina';

export interface Wojewodztwo {
  code: string; // 2 digits
  name: string; // e.g. "podlaskie"
  slug: string;
}

export interface Powiat {
  code: string; // 4 digits
  name: string; // e.g. "sokólski" or "Białystok" for a city with powiat rights
  label: string; // "powiat sokólski" / "miasto na prawach powiatu Białystok"
  slug: string;
  wojewodztwo: string; // 2-digit code
}

export interface Gmina {
  code: string; // 7 digits: WOJ+POW+GMI+RODZ
  name: string;
  kind: string; // "gmina miejska", "gmina wiejska", "gmina miejsko-wiejska", ...
  slug: string;
  powiat: string; // 4-digit code
  wojewodztwo: string; // 2-digit code
}

export interface Regions {
  wojewodztwa: Map<string, Wojewodztwo>;
  powiaty: Map<string, Powiat>;
  gminy: Map<string, Gmina>;
  asOf: string;
}

/** Kinds of units (RODZ) that are whole gminas; 4 and 5 are parts of an urban-rural gmina. */
const GMINA_KINDS = new Set(['1', '2', '3']);

export function parseTeryt(csv: string): Regions {
  const wojewodztwa = new Map<string, Wojewodztwo>();
  const powiaty = new Map<string, Powiat>();
  const gminy = new Map<string, Gmina>();
  let asOf = '';
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const [woj = '', pow = '', gmi = '', rodz = '', name = '', extra = '', date = ''] = line.split(';');
    asOf ||= date;
    if (!pow) {
      const lower = name.toLowerCase();
      wojewodztwa.set(woj, { code: woj, name: lower, slug: slugify(lower) });
    } else if (!gmi) {
      const code = woj + pow;
      const isCity = extra.includes('na prawach powiatu');
      powiaty.set(code, {
        code,
        name,
        label: isCity ? `miasto na prawach powiatu ${name}` : `powiat ${name}`,
        slug: slugify(isCity ? name : `powiat ${name}`),
        wojewodztwo: woj,
      });
    } else if (GMINA_KINDS.has(rodz)) {
      const code = woj + pow + gmi + rodz;
      gminy.set(code, {
        code,
        name,
        kind: extra,
        slug: '',
        powiat: woj + pow,
        wojewodztwo: woj,
      });
    }
  }
  assignGminaSlugs(gminy);
  return { wojewodztwa, powiaty, gminy, asOf };
}

/** A gmina's slug is its name, with the kind added where a powiat has two gminas of one name. */
function assignGminaSlugs(gminy: Map<string, Gmina>): void {
  const count = new Map<string, number>();
  for (const g of gminy.values()) {
    const key = g.powiat + slugify(g.name);
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  for (const g of gminy.values()) {
    const base = slugify(g.name);
    g.slug = (count.get(g.powiat + base) ?? 0) > 1 ? `${base}-${slugify(g.kind.replace(/^gmina /, ''))}` : base;
  }
}

/** The units that contain a gmina, from the gmina up. */
export function ancestry(regions: Regions, gminaCode: string) {
  const gmina = regions.gminy.get(gminaCode);
  if (!gmina) return undefined;
  const powiat = regions.powiaty.get(gmina.powiat);
  const wojewodztwo = regions.wojewodztwa.get(gmina.wojewodztwo);
  if (!powiat || !wojewodztwo) return undefined;
  return { gmina, powiat, wojewodztwo };
}
