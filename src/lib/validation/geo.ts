/**
 * Is a point inside a boundary? Ray casting over GeoJSON Polygon and MultiPolygon
 * rings (outer ring in, holes out). Coordinates are [lng, lat] as GeoJSON writes them.
 */
type Ring = readonly (readonly number[])[];
export type Geometry = { type: 'Polygon'; coordinates: readonly Ring[] } | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };

export interface Feature {
  properties: Record<string, unknown>;
  geometry: Geometry;
}

function inRing(lng: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i]!;
    const [xj = 0, yj = 0] = ring[j]!;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygon(lng: number, lat: number, rings: readonly Ring[]): boolean {
  const [outer, ...holes] = rings;
  return !!outer && inRing(lng, lat, outer) && !holes.some((h) => inRing(lng, lat, h));
}

export function contains(geometry: Geometry, point: { lat: number; lng: number }): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => inPolygon(point.lng, point.lat, rings));
}

/** The 2-digit TERYT code of the województwo that contains the point, if any. */
export function wojewodztwoAt(features: readonly Feature[], point: { lat: number; lng: number }): string | undefined {
  const hit = features.find((f) => contains(f.geometry, point));
  return hit ? String(hit.properties.JPT_KOD_JE) : undefined;
}
