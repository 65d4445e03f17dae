/** Everything the assistant can do in the builder, named after the user's event. */
import type { Added, Catalogue, Chosen, GminaRef, PlanItem, Snapshot } from './model.ts';
import type { ResourceGroup } from '../../schemas/vocabulary.ts';

export type ChosenField = 'why' | 'nextStep' | 'contactPerson' | 'documents' | 'date';
export type PlanField = 'action' | 'who' | 'byWhen';
export type AssistantField = keyof Catalogue['assistant'];

export type CatalogueAction =
  | { type: 'pseudonymTyped'; value: string }
  | { type: 'gminaPicked'; gmina: GminaRef }
  | { type: 'gminaCleared' }
  | { type: 'audienceToggled'; id: string }
  | { type: 'goalsTyped'; value: string }
  | { type: 'resourceToggled'; group: ResourceGroup; id: string }
  | { type: 'resourceNotesTyped'; group: ResourceGroup; value: string }
  | { type: 'needToggled'; id: string }
  | { type: 'serviceAdded'; entryId: string; snapshot: Snapshot; why: string }
  | { type: 'ownEntryAdded'; entryId: string; added: Added }
  | { type: 'addedDetailsSaved'; entryId: string; added: Added }
  | { type: 'serviceRemoved'; entryId: string }
  | { type: 'serviceMoved'; entryId: string; by: -1 | 1 }
  | { type: 'serviceNoteTyped'; entryId: string; field: ChosenField; value: string }
  | { type: 'snapshotRefreshed'; entryId: string; snapshot: Snapshot }
  | { type: 'planItemAdded'; id: string }
  | { type: 'planItemRemoved'; id: string }
  | { type: 'planItemTyped'; id: string; field: PlanField; value: string }
  | { type: 'assistantTyped'; field: AssistantField; value: string }
  | { type: 'catalogueOpened'; catalogue: Catalogue }
  | { type: 'everythingForgotten'; today: string };

export type { Chosen, PlanItem };
