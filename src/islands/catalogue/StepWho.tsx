/** Step 1: for whom (a pseudonym or nothing), the gmina, the family's situation, the goals in their words. */
import type { Dispatch } from 'react';
import type { CatalogueAction } from '../../lib/catalogue/actions.ts';
import type { Catalogue } from '../../lib/catalogue/model.ts';
import { GminaPicker } from './GminaPicker.tsx';
import type { BuilderTerms } from './terms.ts';
import { useBuilderWords } from './words.ts';

export function StepWho({ state, dispatch, terms }: { state: Catalogue; dispatch: Dispatch<CatalogueAction>; terms: BuilderTerms }) {
  const { t } = useBuilderWords();
  const zaZyciem = terms.audiences.filter((a) => a.group === 'za-zyciem');
  const others = terms.audiences.filter((a) => a.group !== 'za-zyciem');
  const box = (a: BuilderTerms['audiences'][number]) => (
    <li key={a.id}>
      <label>
        <input type="checkbox" checked={state.audiences.includes(a.id)} onChange={() => dispatch({ type: 'audienceToggled', id: a.id })} /> {a.name}
      </label>
    </li>
  );
  return (
    <>
      <div className="field">
        <label htmlFor="kat-pseudonym">{t('who.pseudonym')}</label>
        <p className="hint" id="kat-pseudonym-hint">
          {t('who.pseudonymHint')}
        </p>
        <input
          id="kat-pseudonym"
          type="text"
          aria-describedby="kat-pseudonym-hint"
          value={state.pseudonym}
          maxLength={100}
          onChange={(e) => dispatch({ type: 'pseudonymTyped', value: e.target.value })}
        />
      </div>
      <div className="field">
        <GminaPicker value={state.gmina} onPick={(gmina) => dispatch({ type: 'gminaPicked', gmina })} onClear={() => dispatch({ type: 'gminaCleared' })} />
      </div>
      <fieldset>
        <legend>{t('who.situation')}</legend>
        <p className="hint">{t('who.situationHint')}</p>
        <p className="group-title">{t('who.zaZyciem')}</p>
        <ul className="checks">{zaZyciem.map(box)}</ul>
        <p className="group-title">{t('who.others')}</p>
        <ul className="checks">{others.map(box)}</ul>
      </fieldset>
      <div className="field">
        <label htmlFor="kat-goals">{t('who.goals')}</label>
        <p className="hint" id="kat-goals-hint">
          {t('who.goalsHint')}
        </p>
        <textarea
          id="kat-goals"
          rows={4}
          aria-describedby="kat-goals-hint"
          value={state.goals}
          maxLength={5000}
          onChange={(e) => dispatch({ type: 'goalsTyped', value: e.target.value })}
        />
      </div>
    </>
  );
}
