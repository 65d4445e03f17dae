/**
 * The catalogue document: what the assistant and the family build together and save as a file.
 * Versioned: `format` names the kind of file, `version` its shape (src/schemas/vocabulary.ts). The types are the schema's output (src/schemas/catalogue.ts).
 */
import type { Catalogue } from '../../schemas/catalogue.ts';
import { CATALOGUE_FORMAT, CATALOGUE_VERSION } from '../../schemas/vocabulary.ts';
export type { Catalogue, Chosen, GminaRef, PlanItem, Snapshot } from '../../schemas/catalogue.ts';
export type { Added } from '../../schemas/added.ts';

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
