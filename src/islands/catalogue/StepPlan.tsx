/** Step 4: the plan: actions, who, by when. */
import type { Dispatch } from 'react';
import type { CatalogueAction } from '../../lib/catalogue/actions.ts';
import type { Catalogue } from '../../lib/catalogue/model.ts';
import { useBuilderWords } from './words.ts';

export function StepPlan({ state, dispatch, newId }: { state: Catalogue; dispatch: Dispatch<CatalogueAction>; newId: () => string }) {
  const { t } = useBuilderWords();
  const add = () => {
    const id = newId();
    dispatch({ type: 'planItemAdded', id });
    requestAnimationFrame(() => document.getElementById(`kat-plan-${id}-action`)?.focus());
  };
  return (
    <>
      <p>{t('plan.intro')}</p>
      {state.plan.length === 0 && <p>{t('plan.empty')}</p>}
      <ol className="plan-list">
        {state.plan.map((p, i) => (
          <li key={p.id}>
            <fieldset>
              <legend>{t('plan.item', { n: i + 1 })}</legend>
              <label htmlFor={`kat-plan-${p.id}-action`}>{t('plan.action')}</label>
              <input
                id={`kat-plan-${p.id}-action`}
                type="text"
                value={p.action}
                maxLength={1000}
                onChange={(e) => dispatch({ type: 'planItemTyped', id: p.id, field: 'action', value: e.target.value })}
              />
              <label htmlFor={`kat-plan-${p.id}-who`}>{t('plan.who')}</label>
              <input
                id={`kat-plan-${p.id}-who`}
                type="text"
                value={p.who}
                maxLength={300}
                onChange={(e) => dispatch({ type: 'planItemTyped', id: p.id, field: 'who', value: e.target.value })}
              />
              <label htmlFor={`kat-plan-${p.id}-when`}>{t('plan.when')}</label>
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
                {t('plan.remove', { n: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" id="kat-plan-add" className="button" onClick={add}>
        {t('plan.add')}
      </button>
    </>
  );
}
