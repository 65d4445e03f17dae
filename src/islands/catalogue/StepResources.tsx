/** Step 2: the family's own resources first (Table 2 of the guide): personal, family system, environment. */
import type { Dispatch } from 'react';
import type { CatalogueAction } from '../../lib/catalogue/actions.ts';
import { type Catalogue } from '../../lib/catalogue/model.ts';
import { RESOURCE_GROUPS } from '../../schemas/vocabulary.ts';
import type { BuilderTerms } from './terms.ts';
import { useBuilderWords } from './words.ts';

export function StepResources({ state, dispatch, terms }: { state: Catalogue; dispatch: Dispatch<CatalogueAction>; terms: BuilderTerms }) {
  const { t, label } = useBuilderWords();
  return (
    <>
      <p>{t('resources.intro')}</p>
      {RESOURCE_GROUPS.map((group) => (
        <fieldset key={group}>
          <legend>{label('resourceGroup', group)}</legend>
          <ul className="checks">
            {terms.resources
              .filter((r) => r.group === group)
              .map((r) => (
                <li key={r.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={state.resources[group].ids.includes(r.id)}
                      onChange={() => dispatch({ type: 'resourceToggled', group, id: r.id })}
                    />{' '}
                    {r.name}
                    {r.description && <span className="hint"> – {r.description}</span>}
                  </label>
                </li>
              ))}
          </ul>
          <label htmlFor={`kat-res-${group}`}>{t('resources.notes', { group: label('resourceGroup', group).toLocaleLowerCase() })}</label>
          <textarea
            id={`kat-res-${group}`}
            rows={2}
            value={state.resources[group].notes}
            maxLength={3000}
            onChange={(e) => dispatch({ type: 'resourceNotesTyped', group, value: e.target.value })}
          />
        </fieldset>
      ))}
    </>
  );
}
