/**
 * The catalogue document: what the assistant and the family build together and save as a file.
 * Versioned: `format` names the kind of file, `version` its shape. The types are the schema's output (schema.ts).
 */
export type { Catalogue, Chosen, GminaRef, PlanItem, Snapshot } from './schema.ts';
import type { Catalogue } from './schema.ts';

export const CATALOGUE_FORMAT = 'katalog-wsparcia';
export const CATALOGUE_VERSION = 1;

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
