/** What the checks compare entries against: reference sets, TERYT regions, boundaries and today's date. */
import type { SchemaRefs } from '../../schemas/institution.ts';
import type { Regions } from '../regions/teryt.ts';
import type { Feature } from './geo.ts';

export interface ValidationContext {
  refs: SchemaRefs;
  regions: Regions;
  /** Poland's outline (data/geo/polska.json). */
  poland: readonly Feature[];
  /** Województwa (data/geo/wojewodztwa.json), property JPT_KOD_JE = 2-digit TERYT code. */
  wojewodztwa: readonly Feature[];
  /** Today, passed in: the CLI reads the clock, tests fix it. */
  now: Date;
}
