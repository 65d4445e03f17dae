/**
 * Reference data read from files at build time (and by the scripts): the TERYT register
 * and the taxonomy term ids that the schemas check entries against.
 * Node only: never import this from an island.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseTeryt, type Regions } from '../lib/regions/teryt.ts';
import type { SchemaRefs } from '../schemas/institution.ts';
import type { ValidationContext } from '../lib/validation/context.ts';
import type { Feature } from '../lib/validation/geo.ts';
import { TAXONOMIES, type TaxonomyName } from '../schemas/taxonomy.ts';

/** Astro, Vitest and the scripts all run from the project's root folder. */
export const projectPath = (relative: string) => resolve(process.cwd(), relative);

export const TERYT_FILE = 'data/teryt/TERC_Urzedowy_2026-01-01.csv';
/** The content folder; tests point KATALOG_CONTENT_DIR at a copy with deliberate mistakes. */
export const CONTENT_DIR = process.env.KATALOG_CONTENT_DIR ?? 'content';
export const taxonomyFile = (name: TaxonomyName) => `${CONTENT_DIR}/taxonomy/${name}.yaml`;
/** A taxonomy's translation, beside the Polish: content/taxonomy/uk/types.yaml. */
export const taxonomyTranslationFile = (lang: string, name: TaxonomyName) => `${CONTENT_DIR}/taxonomy/${lang}/${name}.yaml`;

let regions: Regions | undefined;
export function loadRegions(): Regions {
  regions ??= parseTeryt(readFileSync(projectPath(TERYT_FILE), 'utf8'));
  return regions;
}

function termIds(name: TaxonomyName): Set<string> {
  const terms = parseYaml(readFileSync(projectPath(taxonomyFile(name)), 'utf8')) as { id?: unknown }[];
  return new Set(terms.map((t) => String(t.id)));
}

export function loadSchemaRefs(): SchemaRefs & { resources: ReadonlySet<string> } {
  const [types, needs, forms, audiences, resources] = TAXONOMIES.map(termIds) as [Set<string>, Set<string>, Set<string>, Set<string>, Set<string>];
  return { gminy: new Set(loadRegions().gminy.keys()), types, needs, forms, audiences, resources };
}

const outlines = (file: string) => (JSON.parse(readFileSync(projectPath(`data/geo/${file}`), 'utf8')) as { features: Feature[] }).features;

/** What the content validator checks against (reference sets, TERYT, outlines), for the CLI, the benchmark and the tests. */
export function loadValidationContext(now: Date): ValidationContext {
  return { refs: loadSchemaRefs(), regions: loadRegions(), poland: outlines('polska.json'), wojewodztwa: outlines('wojewodztwa.json'), now };
}
