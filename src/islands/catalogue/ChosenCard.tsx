/** A chosen service: the assistant orders it, annotates it, removes it; says what changed in the directory since. */
import type { Dispatch } from 'react';
import type { CatalogueAction, ChosenField } from '../../lib/catalogue/actions.ts';
import { describeChanges, type Change } from '../../lib/catalogue/changes.ts';
import type { Chosen } from '../../lib/catalogue/model.ts';

const FIELDS: [ChosenField, string, 'text' | 'textarea' | 'date'][] = [
  ['why', 'Dlaczego to wsparcie', 'textarea'],
  ['nextStep', 'Następny krok', 'text'],
  ['contactPerson', 'Osoba lub dział do kontaktu', 'text'],
  ['documents', 'Dokumenty do zabrania', 'text'],
  ['date', 'Termin (data)', 'date'],
];

interface Props {
  chosen: Chosen;
  index: number;
  count: number;
  changes: Change[] | null; // null while the directory data is not loaded
  dispatch: Dispatch<CatalogueAction>;
  onRemoved: () => void;
  onRefresh: () => void;
}

export function ChosenCard({ chosen, index, count, changes, dispatch, onRemoved, onRefresh }: Props) {
  const s = chosen.snapshot;
  const base = `kat-chosen-${index}`;
  const move = (by: -1 | 1) => {
    dispatch({ type: 'serviceMoved', entryId: chosen.entryId, by });
    requestAnimationFrame(() => document.getElementById(`kat-chosen-${index + by}-${by < 0 ? 'up' : 'down'}`)?.focus());
  };
  return (
    <li className="card chosen-card" aria-labelledby={`${base}-name`}>
      <h4 id={`${base}-name`}>
        {index + 1}. {s.name}
      </h4>
      <p className="entry-meta">
        {[s.address, s.phones.map((p) => p.display).join(', ')].filter(Boolean).join(' · ')}
      </p>
      {s.howToFind && <p className="entry-meta">Nie znamy jeszcze adresu. {s.howToFind}</p>}
      {changes && changes.length > 0 && (
        <div className="notice" role="status">
          <p>{describeChanges(changes)}</p>
          {!changes.includes('removed') && (
            <button type="button" className="button secondary" onClick={onRefresh}>
              Użyj aktualnych danych: {s.name}
            </button>
          )}
        </div>
      )}
      <fieldset>
        <legend>Notatki do: {s.name}</legend>
      {FIELDS.map(([field, label, kind]) => (
        <div className="field" key={field}>
          <label htmlFor={`${base}-${field}`}>{label}</label>
          {kind === 'textarea' ? (
            <textarea
              id={`${base}-${field}`}
              rows={2}
              value={chosen[field]}
              maxLength={2000}
              onChange={(e) => dispatch({ type: 'serviceNoteTyped', entryId: chosen.entryId, field, value: e.target.value })}
            />
          ) : (
            <input
              id={`${base}-${field}`}
              type={kind}
              value={chosen[field]}
              maxLength={kind === 'date' ? undefined : 2000}
              onChange={(e) => dispatch({ type: 'serviceNoteTyped', entryId: chosen.entryId, field, value: e.target.value })}
            />
          )}
        </div>
      ))}
      </fieldset>
      <div className="actions">
        <button type="button" id={`${base}-up`} className="button secondary" disabled={index === 0} onClick={() => move(-1)} aria-label={`Wyżej: ${s.name}`}>
          Wyżej
        </button>
        <button type="button" id={`${base}-down`} className="button secondary" disabled={index === count - 1} onClick={() => move(1)} aria-label={`Niżej: ${s.name}`}>
          Niżej
        </button>
        <button
          type="button"
          className="button secondary"
          aria-label={`Usuń z katalogu: ${s.name}`}
          onClick={() => {
            dispatch({ type: 'serviceRemoved', entryId: chosen.entryId });
            onRemoved();
          }}
        >
          Usuń z katalogu
        </button>
      </div>
    </li>
  );
}
