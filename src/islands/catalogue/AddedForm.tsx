/**
 * The assistant's own data: a whole entry of their own ("own": support the directory lacks) or details
 * filled in on a chosen card ("fill": e.g. the phone a generic card lacks). The directory's field rules
 * (phone, postal code, e-mail, website, lengths) with its Polish messages, shown as the assistant types:
 * a field is checked once left, then at each key. The rules (zod and the phone library) load when the form opens.
 */
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { AddedProblem } from '../../schemas/added.ts';
import type { Added } from '../../lib/catalogue/model.ts';
import type { Term } from '../../lib/catalogue/selectors.ts';
import { count } from '../../i18n/index.ts';

type Rules = typeof import('../../schemas/added.ts');
let rules: Promise<Rules> | undefined;
const loadRules = () => {
  rules ??= import('../../schemas/added.ts');
  rules.catch(() => (rules = undefined));
  return rules;
};

interface Props {
  mode: 'own' | 'fill';
  /** Prefix of the controls' ids, unique on the page. */
  idBase: string;
  /** What the form is about, for its legend (the card's name when filling in). */
  title: string;
  initial: Added;
  /** The needs to tick (the family's, or all when none is chosen yet). */
  needs: readonly Term[];
  types: readonly Term[];
  onSave: (added: Added) => void;
  onCancel: () => void;
}

type TextKey = 'name' | 'offers' | 'street' | 'postalCode' | 'city' | 'email' | 'website' | 'hours' | 'note';

const TEXTS: { key: TextKey; label: string; hint?: string; type?: 'email' | 'url'; multiline?: boolean; only?: 'own'; autoComplete?: string }[] = [
  { key: 'name', label: 'Nazwa', hint: 'Np. „Parafialny bank żywności” albo pełna nazwa placówki.' },
  { key: 'offers', label: 'Co oferuje', hint: 'Krótko, np. „paczki z żywnością raz w miesiącu”.', multiline: true, only: 'own' },
  { key: 'street', label: 'Ulica i numer', hint: 'Np. „ul. Kościelna 2”.' },
  { key: 'postalCode', label: 'Kod pocztowy', hint: 'W formacie NN-NNN, np. 16-200.' },
  { key: 'city', label: 'Miejscowość' },
  { key: 'email', label: 'E-mail', type: 'email' },
  { key: 'website', label: 'Strona internetowa', hint: 'Pełny adres, np. https://parafia.example.pl. Z adresem strony w PDF pojawi się kod QR.', type: 'url' },
  { key: 'hours', label: 'Godziny (słowami)', hint: 'Np. „soboty 9–12” albo „po mszy w niedzielę”.' },
  { key: 'note', label: 'Uwagi', hint: 'Dla rodziny, np. jak dojechać. Nie trafiają do zgłoszenia placówki.', multiline: true },
];

export function AddedForm({ mode, idBase, title, initial, needs, types, onSave, onCancel }: Props) {
  const own = mode === 'own';
  const [draft, setDraft] = useState<Added>(() => (initial.phones.length ? initial : { ...initial, phones: [{ number: '', label: '' }] }));
  const [loaded, setLoaded] = useState<Rules | null>(null);
  const [failed, setFailed] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const id = (field: string) => `${idBase}-${field.replace(/\./g, '-')}`;

  useEffect(() => {
    let live = true;
    loadRules().then(
      (r) => live && setLoaded(r),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const problems: AddedProblem[] = loaded ? loaded.checkAdded(draft, own).problems : [];
  const shown = problems.filter((p) => submitted || touched.has(p.field));
  const messageFor = (field: string) => shown.find((p) => p.field === field)?.message;
  const touch = (field: string) => setTouched((t) => (t.has(field) ? t : new Set([...t, field])));
  const set = (patch: Partial<Added>) => setDraft((d) => ({ ...d, ...patch }));

  const describedBy = (field: string, hint: boolean) =>
    [hint ? `${id(field)}-hint` : '', messageFor(field) ? `${id(field)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const error = (field: string) =>
    messageFor(field) ? (
      <p className="error" id={`${id(field)}-error`}>
        {messageFor(field)}
      </p>
    ) : null;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!loaded) return;
    setSubmitted(true);
    const checked = loaded.checkAdded(draft, own);
    if (checked.problems.length) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    onSave(checked.added);
  };

  const textField = (f: (typeof TEXTS)[number]) => {
    const common = {
      id: id(f.key),
      value: draft[f.key],
      'aria-describedby': describedBy(f.key, !!f.hint),
      'aria-invalid': messageFor(f.key) ? true : undefined,
      onBlur: () => touch(f.key),
      onChange: (e: { target: { value: string } }) => set({ [f.key]: e.target.value } as Partial<Added>),
    };
    const required = own && f.key === 'name';
    return (
      <div className="field" key={f.key}>
        <label htmlFor={id(f.key)}>
          {f.label}
          {required ? ' (wymagane)' : ''}
        </label>
        {f.hint && (
          <p className="hint" id={`${id(f.key)}-hint`}>
            {f.hint}
          </p>
        )}
        {f.multiline ? <textarea rows={2} {...common} /> : <input type={f.type ?? 'text'} autoComplete="off" required={required} {...common} />}
        {error(f.key)}
      </div>
    );
  };

  return (
    <form className="own-form" onSubmit={submit} noValidate aria-labelledby={`${idBase}-title`}>
      <h4 id={`${idBase}-title`}>{title}</h4>
      <p className="hint">
        To, co tu wpiszesz, trafi tylko do katalogu tej rodziny, z dopiskiem „dodane przez asystenta rodziny”. Katalog placówek się nie zmieni.
      </p>
      {failed && (
        <p className="error" role="alert">
          Nie udało się wczytać sprawdzania pól. Sprawdź połączenie i spróbuj ponownie.
        </p>
      )}
      {submitted && problems.length > 0 && (
        <div className="error" ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${idBase}-summary`}>
          <p id={`${idBase}-summary`}>Popraw {count(problems.length, 'error')}:</p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>
                <a href={`#${id(p.field)}`}>{p.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {textField(TEXTS[0]!)}
      {own && (
        <div className="field">
          <label htmlFor={id('type')}>Rodzaj</label>
          <select id={id('type')} value={draft.type} onChange={(e) => set({ type: e.target.value })}>
            <option value="">nie wiem albo inny</option>
            {types.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {TEXTS.slice(1, 2)
        .filter((f) => own || f.only !== 'own')
        .map(textField)}
      {own && needs.length > 0 && (
        <fieldset>
          <legend>Na które potrzeby rodziny odpowiada</legend>
          <ul className="checks columns-2">
            {needs.map((n) => (
              <li key={n.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={draft.needs.includes(n.id)}
                    onChange={() => set({ needs: draft.needs.includes(n.id) ? draft.needs.filter((x) => x !== n.id) : [...draft.needs, n.id] })}
                  />{' '}
                  {n.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <fieldset>
        <legend>Telefony</legend>
        {draft.phones.map((p, i) => (
          <div key={i} className="phone-row">
            <div className="field">
              <label htmlFor={id(`phones.${i}.number`)}>Telefon {i + 1}: numer</label>
              {i === 0 && (
                <p className="hint" id={`${id(`phones.${i}.number`)}-hint`}>
                  Z kierunkowym, np. 85 711 73 46 albo +48 85 711 73 46.
                </p>
              )}
              <input
                id={id(`phones.${i}.number`)}
                type="tel"
                autoComplete="off"
                value={p.number}
                aria-describedby={describedBy(`phones.${i}.number`, i === 0)}
                aria-invalid={messageFor(`phones.${i}.number`) ? true : undefined}
                onBlur={() => touch(`phones.${i}.number`)}
                onChange={(e) => set({ phones: draft.phones.map((q, j) => (j === i ? { ...q, number: e.target.value } : q)) })}
              />
              {error(`phones.${i}.number`)}
            </div>
            <div className="field">
              <label htmlFor={id(`phones.${i}.label`)}>Telefon {i + 1}: opis</label>
              <input
                id={id(`phones.${i}.label`)}
                type="text"
                autoComplete="off"
                value={p.label}
                aria-describedby={describedBy(`phones.${i}.label`, false)}
                onBlur={() => touch(`phones.${i}.label`)}
                onChange={(e) => set({ phones: draft.phones.map((q, j) => (j === i ? { ...q, label: e.target.value } : q)) })}
              />
              {error(`phones.${i}.label`)}
            </div>
            {draft.phones.length > 1 && (
              <button type="button" className="button secondary" onClick={() => set({ phones: draft.phones.filter((_, j) => j !== i) })}>
                Usuń telefon {i + 1}
              </button>
            )}
          </div>
        ))}
        {draft.phones.length < 10 && (
          <button type="button" className="button secondary" onClick={() => set({ phones: [...draft.phones, { number: '', label: '' }] })}>
            Dodaj kolejny telefon
          </button>
        )}
      </fieldset>
      {TEXTS.slice(2).map(textField)}
      <div className="actions">
        <button type="submit" className="button" disabled={!loaded}>
          {own ? (initial.name ? 'Zapisz zmiany' : 'Dodaj do katalogu rodziny') : 'Zapisz uzupełnienia'}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Anuluj
        </button>
      </div>
    </form>
  );
}
