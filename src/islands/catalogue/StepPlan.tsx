/** Step 4: the plan: actions, who, by when. */
import type { Dispatch } from 'react';
import type { CatalogueAction } from '../../lib/catalogue/actions.ts';
import type { Catalogue } from '../../lib/catalogue/model.ts';

export function StepPlan({ state, dispatch, newId }: { state: Catalogue; dispatch: Dispatch<CatalogueAction>; newId: () => string }) {
  const add = () => {
    const id = newId();
    dispatch({ type: 'planItemAdded', id });
    requestAnimationFrame(() => document.getElementById(`kat-plan-${id}-action`)?.focus());
  };
  return (
    <>
      <p>Zapiszcie, co trzeba zrobić, kto to zrobi i do kiedy.</p>
      {state.plan.length === 0 && <p>Plan jest jeszcze pusty.</p>}
      <ol className="plan-list">
        {state.plan.map((p, i) => (
          <li key={p.id}>
            <fieldset>
              <legend>Działanie {i + 1}</legend>
              <label htmlFor={`kat-plan-${p.id}-action`}>Co zrobić</label>
              <input
                id={`kat-plan-${p.id}-action`}
                type="text"
                value={p.action}
                maxLength={1000}
                onChange={(e) => dispatch({ type: 'planItemTyped', id: p.id, field: 'action', value: e.target.value })}
              />
              <label htmlFor={`kat-plan-${p.id}-who`}>Kto</label>
              <input
                id={`kat-plan-${p.id}-who`}
                type="text"
                value={p.who}
                maxLength={300}
                onChange={(e) => dispatch({ type: 'planItemTyped', id: p.id, field: 'who', value: e.target.value })}
              />
              <label htmlFor={`kat-plan-${p.id}-when`}>Do kiedy</label>
              <input
                id={`kat-plan-${p.id}-when`}
                type="date"
                value={p.byWhen}
                onChange={(e) => dispatch({ type: 'planItemTyped', id: p.id, field: 'byWhen', value: e.target.value })}
              />
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  dispatch({ type: 'planItemRemoved', id: p.id });
                  document.getElementById('kat-plan-add')?.focus();
                }}
              >
                Usuń działanie {i + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" id="kat-plan-add" className="button" onClick={add}>
        Dodaj działanie
      </button>
    </>
  );
}
