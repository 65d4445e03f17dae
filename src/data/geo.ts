/** Outlines for the offline map base layer, read from data/geo/ and simplified at build time. */
import { readFileSync } from 'node:fs';
import { simplifyFeature, type Feature } from '../lib/geo/simplify.ts';
import { projectPath } from './reference.ts';

/** ~1 km tolerance and 3 decimals (~100 m): enough for a country-wide outline. */
const TOLERANCE = 0.01;
const DIGITS = 3;

const read = (file: string) => (JSON.parse(readFileSync(projectPath(`data/geo/${file}`), 'utf8')) as { features: Feature[] }).features;

export function mapOutlines() {
  const country = read('polska.json').map((f) => simplifyFeature(f, TOLERANCE, DIGITS, {}));
  const voivodeships = read('wojewodztwa.json').map((f) => simplifyFeature(f, TOLERANCE, DIGITS, { name: 'JPT_NAZWA_', code: 'JPT_KOD_JE' }));
  return {
    type: 'FeatureCollection' as const,
    features: [
      ...country.map((f) => ({ ...f, properties: { kind: 'kraj' } })),
      ...voivodeships.map((f) => ({ ...f, properties: { ...f.properties, kind: 'wojewodztwo' } })),
    ],
  };
}
