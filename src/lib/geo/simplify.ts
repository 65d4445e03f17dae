/**
 * Makes the offline map outlines small: Douglas–Peucker simplification of each ring, then
 * coordinates rounded. Used at build time (src/pages/indeks/obrysy.json.ts), so the browser gets
 * tens of kilobytes instead of the 820 kB source in data/geo/.
 */
export type Position = [number, number];
type Ring = Position[];

interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Ring[] | Ring[][];
}
export interface Feature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: Geometry;
}

function perpendicular(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker over a line: keeps the points farther than `tolerance` from the simplified line. */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    let max = 0;
    let at = -1;
    for (let i = from + 1; i < to; i++) {
      const d = perpendicular(points[i]!, points[from]!, points[to]!);
      if (d > max) [max, at] = [d, i];
    }
    if (at >= 0 && max > tolerance) {
      keep[at] = 1;
      stack.push([from, at], [at, to]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** A closed ring, simplified and rounded; a ring that collapses below 4 points is dropped. */
export function simplifyRing(ring: readonly Position[], tolerance: number, digits: number): Ring | null {
  const out: Ring = [];
  for (const [x, y] of simplifyLine(ring, tolerance)) {
    const p: Position = [round(x, digits), round(y, digits)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}

export function simplifyFeature(feature: Feature, tolerance: number, digits: number, keepProps: Record<string, string>): Feature {
  const polygon = (rings: Ring[]) => rings.map((r) => simplifyRing(r, tolerance, digits)).filter((r): r is Ring => r !== null);
  const g = feature.geometry;
  const coordinates = g.type === 'Polygon' ? polygon(g.coordinates as Ring[]) : (g.coordinates as Ring[][]).map(polygon).filter((p) => p.length > 0);
  const properties = Object.fromEntries(Object.entries(keepProps).map(([to, from]) => [to, feature.properties[from]]));
  return { type: 'Feature', properties, geometry: { type: g.type, coordinates } as Geometry };
}
