/**
 * The catalogue document: what the assistant and the family build together and save as a file.
 * Versioned: `format` names the kind of file, `version` its shape. The types are the schema's output (schema.ts).
 */
export type { Added, Catalogue, Chosen, GminaRef, PlanItem, Snapshot } from './schema.ts';
import type { Catalogue } from './schema.ts';

export const CATALOGUE_FORMAT = 'katalog-wsparcia';
/** 2: chosen items carry what the assistant added (`added`), and own entries (snapshot kind "own"). Version 1 files are migrated (migrate.ts). */
export const CATALOGUE_VERSION = 2;

/** Where a chosen item comes from: the directory (an institution or a helpline) or the assistant ("own"). */
/** 'statutory': a generic card of an institution every gmina or powiat has by law (no address known; never verified). */
export const SNAPSHOT_KINDS = ['institution', 'helpline', 'statutory', 'own'] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

export const RESOURCE_GROUPS = ['personal', 'family', 'environment'] as const;
export type ResourceGroup = (typeof RESOURCE_GROUPS)[number];

export function emptyCatalogue(today: string): Catalogue {
  return {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    created: today,
    pseudonym: '',
    gmina: null,
    audiences: [],
    goals: '',
    resources: {
      personal: { ids: [], notes: '' },
      family: { ids: [], notes: '' },
      environment: { ids: [], notes: '' },
    },
    needs: [],
    chosen: [],
    plan: [],
    assistant: { name: '', institution: '', phone: '', email: '' },
  };
}
