/**
 * A chosen service: the assistant orders it, annotates it, removes it; says what changed in the directory since.
 * The assistant may fill in what the card lacks (or edit an own entry), and pass it on to the directory ("Przekaż do katalogu").
 */
import { Suspense, useRef, useState, type Dispatch } from 'react';
import type { CatalogueAction, ChosenField } from '../../lib/catalogue/actions.ts';
import { addedAddress, addedHeading, chosenName, hasAdded, isOwn } from '../../lib/catalogue/added.ts';
import { describeChanges, type Change } from '../../lib/catalogue/changes.ts';
import type { Chosen } from '../../lib/catalogue/model.ts';
import type { Term } from '../../lib/catalogue/selectors.ts';
import { contributionHref } from '../../lib/contribute/from-catalogue.ts';
import { paths } from '../../lib/directory/paths.ts';
import { displayPhone } from '../../formats/phone-display.ts';
import { AddedForm } from './added-form.ts';
import { PL, useBuilderWords } from './words.ts';

const FIELDS = [
  ['why', 'chosen.why', 'textarea'],
  ['nextStep', 'chosen.nextStep', 'text'],
  ['contactPerson', 'chosen.contactPerson', 'text'],
  ['documents', 'chosen.documents', 'text'],
  ['date', 'chosen.date', 'date'],
] as const satisfies readonly (readonly [ChosenField, string, 'text' | 'textarea' | 'date'])[];

interface Props {
  chosen: Chosen;
  index: number;
  count: number;
  changes: Change[] | null; // null while the directory data is not loaded
  dispatch: Dispatch<CatalogueAction>;
  onRemoved: () => void;
  onRefresh: () => void;
  /** The family's gmina: where an own entry is assumed to be, for the contribution form (changeable there). */
  gminaCode: string;
  needs: readonly Term[];
  types: readonly Term[];
  announce: (message: string) => void;
}

function addedLine(c: Chosen): string {
  const a = c.added;
  return [
    isOwn(c) ? '' : a.name,
    addedAddress(a),
    a.phones.map((p) => displayPhone(p.number) + (p.label ? ` (${p.label})` : '')).join(', '),
    a.email,
    a.website,
    a.hours,
  ]
    .filter((x) => x.trim())
    .join(' · ');
}

export function ChosenCard({ chosen, index, count, changes, dispatch, onRemoved, onRefresh, gminaCode, needs, types, announce }: Props) {
  const words = useBuilderWords();
  const { t } = words;
  const s = { ...chosen.snapshot, name: chosenName(chosen) };
  const own = isOwn(chosen);
  const base = `kat-chosen-${index}`;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const closeForm = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const move = (by: -1 | 1) => {
    dispatch({ type: 'serviceMoved', entryId: chosen.entryId, by });
    requestAnimationFrame(() => document.getElementById(`kat-chosen-${index + by}-${by < 0 ? 'up' : 'down'}`)?.focus());
  };
  return (
    <li className="card chosen-card" aria-labelledby={`${base}-name`}>
      <h4 id={`${base}-name`}>
        {index + 1}. <span lang={own ? undefined : PL}>{s.name}</span>
      </h4>
      {!own && (
        <p className="entry-meta" lang={PL}>
          {[s.address, s.phones.map((p) => p.display).join(', ')].filter(Boolean).join(' · ')}
        </p>
      )}
      {s.howToFind && (
        <p className="entry-meta">
          {t('chosen.noAddress')} <span lang={PL}>{s.howToFind}</span>
        </p>
      )}
      {(own || hasAdded(chosen.added)) && (
        <p className="entry-meta">
          <span className="added-badge">{addedHeading(words, own)}</span>
          {addedLine(chosen) && `: ${addedLine(chosen)}`}
        </p>
      )}
      {editing ? (
        <Suspense fallback={null}>
          <AddedForm
            mode={own ? 'own' : 'fill'}
            idBase={`${base}-added`}
            title={t(own ? 'chosen.edit' : 'chosen.fill', { name: s.name })}
            initial={chosen.added}
            needs={needs}
            types={types}
            onCancel={closeForm}
            onSave={(added) => {
              dispatch({ type: 'addedDetailsSaved', entryId: chosen.entryId, added });
              announce(t('chosen.saved', { name: own ? added.name : s.name }));
              closeForm();
            }}
          />
        </Suspense>
      ) : (
        <div className="actions">
          <button type="button" ref={editButton} className="button secondary" onClick={() => setEditing(true)}>
            {t(own ? 'chosen.edit' : 'chosen.fill', { name: s.name })}
          </button>
          {s.kind !== 'helpline' && (own || hasAdded(chosen.added)) && (
            <a
              className="button secondary"
              href={contributionHref(paths.contribute, chosen, gminaCode)}
              target="_blank"
              rel="noopener"
              aria-describedby="kat-pass-on-hint"
            >
              {t('chosen.passOn', { name: s.name })}
            </a>
          )}
        </div>
      )}
      {changes && changes.length > 0 && (
        <div className="notice" role="status">
          <p>{describeChanges(words, changes)}</p>
          {!changes.includes('removed') && (
            <button type="button" className="button secondary" onClick={onRefresh}>
              {t('chosen.useCurrent', { name: s.name })}
            </button>
          )}
        </div>
      )}
      <fieldset>
        <legend>{t('chosen.notes', { name: s.name })}</legend>
        {FIELDS.map(([field, label, kind]) => (
          <div className="field" key={field}>
            <label htmlFor={`${base}-${field}`}>{t(label)}</label>
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
        <button
          type="button"
          id={`${base}-up`}
          className="button secondary"
          disabled={index === 0}
          onClick={() => move(-1)}
          aria-label={t('chosen.upNamed', { name: s.name })}
        >
          {t('chosen.up')}
        </button>
        <button
          type="button"
          id={`${base}-down`}
          className="button secondary"
          disabled={index === count - 1}
          onClick={() => move(1)}
          aria-label={t('chosen.downNamed', { name: s.name })}
        >
          {t('chosen.down')}
        </button>
        <button
          type="button"
          className="button secondary"
          aria-label={t('chosen.removeNamed', { name: s.name })}
          onClick={() => {
            dispatch({ type: 'serviceRemoved', entryId: chosen.entryId });
            onRemoved();
          }}
        >
          {t('chosen.remove')}
        </button>
      </div>
    </li>
  );
}
