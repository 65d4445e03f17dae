/**
 * The powiat outlines (data/geo/powiaty.json) carry names, not TERYT codes: "powiat sokólski",
 * "powiat Białystok". This matches each outline to its TERYT powiat. Ten names occur in two
 * województwa ("powiat bielski" is in śląskie and in podlaskie): those go to the województwo whose
 * outline holds most of the polygon's points. Pure: the caller passes the outlines and the register.
 */
import type { Regions } from '../regions/teryt.ts';
import { contains, type Feature as GeoFeature, type Geometry } from '../validation/geo.ts';

export interface PowiatFeature {
  properties: { nazwa: string };
  geometry: Geometry;
}

/**
 * Names changed in the register after the outlines were drawn (the outline keeps the old name).
 * Powiat jeleniogórski was renamed karkonoski in 2021 (the same area; TERYT code 0206).
 */
export const RENAMED: Readonly<Record<string, string>> = { jeleniogórski: 'karkonoski' };

const nameOf = (feature: PowiatFeature) => {
  const name = feature.properties.nazwa.replace(/^powiat\s+/, '');
  return RENAMED[name] ?? name;
};

function points(geometry: Geometry): { lng: number; lat: number }[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => (rings[0] ?? []).map(([lng = 0, lat = 0]) => ({ lng, lat })));
}

/** The candidate województwo (2-digit code) that holds most of the outline's points. */
function byOutline(feature: PowiatFeature, candidates: readonly string[], wojewodztwa: readonly GeoFeature[]): string | undefined {
  const outlines = wojewodztwa.filter((w) => candidates.includes(String(w.properties.JPT_KOD_JE)));
  let best: string | undefined;
  let most = 0;
  for (const w of outlines) {
    const inside = points(feature.geometry).filter((p) => contains(w.geometry, p)).length;
    if (inside > most) [best, most] = [String(w.properties.JPT_KOD_JE), inside];
  }
  return best;
}

export interface PowiatMatch {
  /** TERYT powiat code (4 digits) for each outline, in the order of the features; undefined where no match. */
  codes: (string | undefined)[];
  /** Outlines that matched no powiat or a powiat already taken: should be empty. */
  problems: string[];
}

export function matchPowiaty(features: readonly PowiatFeature[], regions: Regions, wojewodztwa: readonly GeoFeature[]): PowiatMatch {
  const byName = new Map<string, string[]>();
  for (const p of regions.powiaty.values()) byName.set(p.name, [...(byName.get(p.name) ?? []), p.code]);
  const taken = new Map<string, number>();
  const problems: string[] = [];
  const codes = features.map((feature, i) => {
    const candidates = byName.get(nameOf(feature)) ?? [];
    const code =
      candidates.length <= 1
        ? candidates[0]
        : (() => {
            const woj = byOutline(
              feature,
              candidates.map((c) => c.slice(0, 2)),
              wojewodztwa,
            );
            return candidates.find((c) => c.slice(0, 2) === woj);
          })();
    if (!code) problems.push(`${feature.properties.nazwa}: brak powiatu o tej nazwie w rejestrze TERYT`);
    else if (taken.has(code)) problems.push(`${feature.properties.nazwa}: powiat ${code} ma już obrys nr ${taken.get(code)}`);
    else taken.set(code, i);
    return code;
  });
  return { codes, problems };
}
