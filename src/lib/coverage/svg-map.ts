/**
 * The coverage map as SVG text, drawn at build time from the powiat outlines: no tiles, no script.
 * Shade = how many entries (lightness steps of one hue, readable in black and white and for
 * colour-blind readers); hatching = more than half of the entries older than 12 months. The legend
 * and the table beside the map say the same in words.
 */
import { simplifyFeature, type Feature as SimpleFeature } from '../geo/simplify.ts';
import type { Geometry } from '../validation/geo.ts';

export interface MapArea {
  code: string;
  label: string;
  geometry: Geometry;
  shade: 0 | 1 | 2 | 3;
  hatched: boolean;
  title: string;
}

/** Poland's frame in degrees, and the width of the drawing in SVG units. */
const WEST = 14.0;
const EAST = 24.3;
const NORTH = 55.0;
const SOUTH = 48.9;
const WIDTH = 1000;
/** Longitude degrees are shorter than latitude degrees at Poland's latitude (cos 52°). */
const X_SCALE = Math.cos((52 * Math.PI) / 180);
const UNIT = WIDTH / ((EAST - WEST) * X_SCALE);
export const HEIGHT = Math.round((NORTH - SOUTH) * UNIT);

const project = ([lng, lat]: readonly number[]): [number, number] => [Math.round((lng! - WEST) * X_SCALE * UNIT), Math.round((NORTH - lat!) * UNIT)];

function ringPath(ring: readonly (readonly number[])[]): string {
  let d = '';
  let last: [number, number] | undefined;
  for (const point of ring) {
    const p = project(point);
    if (last && p[0] === last[0] && p[1] === last[1]) continue;
    d += `${last ? 'L' : 'M'}${p[0]} ${p[1]}`;
    last = p;
  }
  return `${d}Z`;
}

/** SVG path data of a polygon or multipolygon, simplified to about one drawing unit. */
export function pathData(geometry: Geometry): string {
  const simple = simplifyFeature({ type: 'Feature', properties: {}, geometry } as unknown as SimpleFeature, 0.006, 4, {}).geometry as Geometry;
  const polygons = simple.type === 'Polygon' ? [simple.coordinates] : simple.coordinates;
  return polygons.flatMap((rings) => rings.map(ringPath)).join('');
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The map; `titleId` names the element that describes it (the SVG is an image with a text alternative). */
export function coverageSvg(areas: readonly MapArea[], labelledBy: string): string {
  const paths = areas
    .map((a) => {
      const d = pathData(a.geometry);
      const title = `<title>${escape(a.title)}</title>`;
      return `<path class="s${a.shade}" d="${d}">${title}</path>${a.hatched ? `<path class="hatch" d="${d}"/>` : ''}`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${labelledBy}" class="coverage-map">` +
    `<defs><pattern id="kreski" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="8" fill="#000"/></pattern></defs>` +
    paths +
    `</svg>`
  );
}
