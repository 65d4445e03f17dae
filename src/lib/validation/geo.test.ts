import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contains, wojewodztwoAt, type Feature, type Geometry } from './geo.ts';

const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ],
    [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ],
  ],
};
const load = (f: string) => (JSON.parse(readFileSync(f, 'utf8')) as { features: Feature[] }).features;

describe('point in polygon', () => {
  it('counts the outer ring in and holes out', () => {
    expect(contains(square, { lng: 2, lat: 2 })).toBe(true);
    expect(contains(square, { lng: 5, lat: 5 })).toBe(false);
    expect(contains(square, { lng: 11, lat: 5 })).toBe(false);
  });

  it('handles multipolygons', () => {
    const multi: Geometry = {
      type: 'MultiPolygon',
      coordinates: [
        square.coordinates,
        [
          [
            [20, 20],
            [30, 20],
            [30, 30],
            [20, 20],
          ],
        ],
      ],
    };
    expect(contains(multi, { lng: 28, lat: 22 })).toBe(true);
    expect(contains(multi, { lng: 22, lat: 28 })).toBe(false);
  });

  it('finds the województwo of real places with the boundaries in data/geo', () => {
    const woj = load('data/geo/wojewodztwa.json');
    expect(wojewodztwoAt(woj, { lat: 53.653, lng: 23.346 })).toBe('20'); // Dąbrowa Białostocka, podlaskie
    expect(wojewodztwoAt(woj, { lat: 50.061, lng: 19.937 })).toBe('12'); // Kraków, małopolskie
    expect(wojewodztwoAt(woj, { lat: 54.352, lng: 18.646 })).toBe('22'); // Gdańsk, pomorskie
    expect(wojewodztwoAt(woj, { lat: 52.52, lng: 13.405 })).toBeUndefined(); // Berlin
    const poland = load('data/geo/polska.json');
    expect(poland.some((f) => contains(f.geometry, { lat: 52.23, lng: 21.01 }))).toBe(true);
    expect(poland.some((f) => contains(f.geometry, { lat: 23.35, lng: 53.65 }))).toBe(false); // lat and lng swapped
  });
});
