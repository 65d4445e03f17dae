/**
 * The assistant's own data: a whole entry of their own ("own": support the directory lacks) or details
 * filled in on a chosen card ("fill": e.g. the phone a generic card lacks). The directory's field rules
 * (phone, postal code, e-mail, website, lengths) with its messages (Polish, from src/schemas/added.ts), shown as the assistant types:
 * a field is checked once left, then at each key. The rules (zod and the phone library) load when the form opens.
 */
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import type { AddedProblem } from '../../schemas/added.ts';
import type { Added } from '../../lib/catalogue/model.ts';
import type { Term } from '../../lib/catalogue/selectors.ts';
import { PL, useBuilderWords } from './words.ts';

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

/** Each text field; its label is `form.<key>`, its hint (when it has one) `form.<key>Hint`. */
const TEXTS: { key: TextKey; hint?: true; type?: 'email' | 'url'; multiline?: boolean; only?: 'own' }[] = [
  { key: 'name', hint: true },
  { key: 'offers', hint: true, multiline: true, only: 'own' },
  { key: 'street', hint: true },
  { key: 'postalCode', hint: true },
  { key: 'city' },
  { key: 'email', type: 'email' },
  { key: 'website', hint: true, type: 'url' },
  { key: 'hours', hint: true },
  { key: 'note', hint: true, multiline: true },
];

export function AddedForm({ mode, idBase, title, initial, needs, types, onSave, onCancel }: Props) {
  const { t, count } = useBuilderWords();
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
      <p className="error" id={`${id(field)}-error`} lang={PL}>
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
          {t(`form.${f.key}`)}
          {required ? t('form.required') : ''}
        </label>
        {f.hint && (
          <p className="hint" id={`${id(f.key)}-hint`}>
            {t(`form.${f.key as Exclude<TextKey, 'city' | 'email'>}Hint`)}
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
      <p className="hint">{t('form.intro')}</p>
      {failed && (
        <p className="error" role="alert">
          {t('form.rulesFailed')}
        </p>
      )}
      {submitted && problems.length > 0 && (
        <div className="error" ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${idBase}-summary`}>
          <p id={`${idBase}-summary`}>{t('form.fix', { errors: count(problems.length, 'error') })}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>
                <a href={`#${id(p.field)}`} lang={PL}>
                  {p.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {textField(TEXTS[0]!)}
      {own && (
        <div className="field">
          <label htmlFor={id('type')}>{t('form.type')}</label>
          <select id={id('type')} value={draft.type} onChange={(e) => set({ type: e.target.value })}>
            <option value="">{t('form.typeUnknown')}</option>
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
          <legend>{t('form.needs')}</legend>
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
        <legend>{t('form.phones')}</legend>
        {draft.phones.map((p, i) => (
          <div key={i} className="phone-row">
            <div className="field">
              <label htmlFor={id(`phones.${i}.number`)}>{t('form.phoneNumber', { n: i + 1 })}</label>
              {i === 0 && (
                <p className="hint" id={`${id(`phones.${i}.number`)}-hint`}>
                  {t('form.phoneHint')}
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
              <label htmlFor={id(`phones.${i}.label`)}>{t('form.phoneLabel', { n: i + 1 })}</label>
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
                {t('form.phoneRemove', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        {draft.phones.length < 10 && (
          <button type="button" className="button secondary" onClick={() => set({ phones: [...draft.phones, { number: '', label: '' }] })}>
            {t('form.phoneAdd')}
          </button>
        )}
      </fieldset>
      {TEXTS.slice(2).map(textField)}
      <div className="actions">
        <button type="submit" className="button" disabled={!loaded}>
          {t(own ? (initial.name ? 'form.saveChanges' : 'form.addOwn') : 'form.saveFill')}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
