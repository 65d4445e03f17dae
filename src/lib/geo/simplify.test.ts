import { describe, expect, it } from 'vitest';
import { simplifyFeature, simplifyLine, simplifyRing, type Position } from './simplify.ts';

describe('simplify', () => {
  it('drops points that lie close to the line and keeps the corners', () => {
    const line: Position[] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [2, 2],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
    ]);
    expect(simplifyLine(line, 0.0001)).toEqual(line);
  });
  it('rounds coordinates and keeps rings closed', () => {
    const ring: Position[] = [
      [0, 0],
      [1.23456, 0],
      [1.23456, 1.98765],
      [0, 1.98765],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0.001, 2)).toEqual([
      [0, 0],
      [1.23, 0],
      [1.23, 1.99],
      [0, 1.99],
      [0, 0],
    ]);
  });
  it('drops rings too small to keep and renames properties', () => {
    const tiny: Position[] = [
      [0, 0],
      [0.0001, 0],
      [0, 0.0001],
      [0, 0],
    ];
    const f = simplifyFeature(
      {
        type: 'Feature',
        properties: { JPT_NAZWA_: 'podlaskie', other: 1 },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [tiny],
            [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 1],
                [0, 0],
              ],
            ],
          ],
        },
      },
      0.01,
      2,
      { name: 'JPT_NAZWA_' },
    );
    expect(f.properties).toEqual({ name: 'podlaskie' });
    expect(f.geometry.coordinates).toHaveLength(1);
  });
});
