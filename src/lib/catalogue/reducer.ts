/** The pure reducer: the only place the catalogue changes. Throws on an action it does not know. */
import type { CatalogueAction } from './actions.ts';
import { emptyAdded, ownSnapshot } from './added.ts';
import { emptyCatalogue, type Catalogue, type Chosen, type Snapshot } from './model.ts';

const toggle = (list: readonly string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

const newChosen = (entryId: string, snapshot: Snapshot, why: string, added = emptyAdded()): Chosen => ({
  entryId,
  snapshot,
  added,
  why,
  nextStep: '',
  contactPerson: '',
  documents: '',
  date: '',
});

function updateChosen(state: Catalogue, entryId: string, change: (c: Chosen) => Chosen): Catalogue {
  return { ...state, chosen: state.chosen.map((c) => (c.entryId === entryId ? change(c) : c)) };
}

export function catalogueReducer(state: Catalogue, action: CatalogueAction): Catalogue {
  switch (action.type) {
    case 'pseudonymTyped':
      return { ...state, pseudonym: action.value };
    case 'gminaPicked':
      return { ...state, gmina: action.gmina };
    case 'gminaCleared':
      return { ...state, gmina: null };
    case 'audienceToggled':
      return { ...state, audiences: toggle(state.audiences, action.id) };
    case 'goalsTyped':
      return { ...state, goals: action.value };
    case 'resourceToggled': {
      const group = state.resources[action.group];
      return { ...state, resources: { ...state.resources, [action.group]: { ...group, ids: toggle(group.ids, action.id) } } };
    }
    case 'resourceNotesTyped': {
      const group = state.resources[action.group];
      return { ...state, resources: { ...state.resources, [action.group]: { ...group, notes: action.value } } };
    }
    case 'needToggled':
      return { ...state, needs: toggle(state.needs, action.id) };
    case 'serviceAdded':
      if (state.chosen.some((c) => c.entryId === action.entryId)) return state;
      return { ...state, chosen: [...state.chosen, newChosen(action.entryId, action.snapshot, action.why)] };
    case 'ownEntryAdded':
      if (state.chosen.some((c) => c.entryId === action.entryId)) return state;
      return { ...state, chosen: [...state.chosen, newChosen(action.entryId, ownSnapshot(), '', action.added)] };
    case 'addedDetailsSaved':
      return updateChosen(state, action.entryId, (c) => ({ ...c, added: action.added }));
    case 'serviceRemoved':
      return { ...state, chosen: state.chosen.filter((c) => c.entryId !== action.entryId) };
    case 'serviceMoved': {
      const from = state.chosen.findIndex((c) => c.entryId === action.entryId);
      const to = from + action.by;
      if (from < 0 || to < 0 || to >= state.chosen.length) return state;
      const chosen = [...state.chosen];
      [chosen[from], chosen[to]] = [chosen[to]!, chosen[from]!];
      return { ...state, chosen };
    }
    case 'serviceNoteTyped':
      return updateChosen(state, action.entryId, (c) => ({ ...c, [action.field]: action.value }));
    case 'snapshotRefreshed':
      return updateChosen(state, action.entryId, (c) => ({ ...c, snapshot: action.snapshot }));
    case 'planItemAdded':
      return { ...state, plan: [...state.plan, { id: action.id, action: '', who: '', byWhen: '' }] };
    case 'planItemRemoved':
      return { ...state, plan: state.plan.filter((p) => p.id !== action.id) };
    case 'planItemTyped':
      return { ...state, plan: state.plan.map((p) => (p.id === action.id ? { ...p, [action.field]: action.value } : p)) };
    case 'assistantTyped':
      return { ...state, assistant: { ...state.assistant, [action.field]: action.value } };
    case 'catalogueOpened':
      return action.catalogue;
    case 'everythingForgotten':
      return emptyCatalogue(action.today);
    default: {
      const unknown: never = action;
      throw new Error(`Unknown catalogue action: ${JSON.stringify(unknown)}`);
    }
  }
}
