import type { FormTerm } from '../../lib/contribute/reference.ts';
import { controlId } from './slots.ts';
import { describe, FieldErrors } from './FieldError.tsx';

/** A group of checkboxes for taxonomy terms (needs, forms, audiences). */
export function TermChoice({
  slot,
  legend,
  terms,
  value,
  onChange,
  errors,
  required,
}: {
  slot: string;
  legend: string;
  terms: FormTerm[];
  value: string[];
  onChange: (value: string[]) => void;
  errors: Record<string, string[]>;
  required?: boolean;
}) {
  const messages = errors[slot];
  const group = describe(slot, messages);
  return (
    <fieldset className="contribute-terms" id={group.id} tabIndex={-1} aria-describedby={group['aria-describedby']}>
      <legend>
        {legend}
        {required ? <span className="contribute-required"> (wymagane, co najmniej jedno)</span> : null}
      </legend>
      <ul>
        {terms.map((t) => {
          const id = `${controlId(slot)}-${t.id}`;
          return (
            <li key={t.id}>
              <input
                type="checkbox"
                id={id}
                checked={value.includes(t.id)}
                onChange={(e) => onChange(e.target.checked ? [...value, t.id] : value.filter((v) => v !== t.id))}
              />
              <label htmlFor={id}>{t.name}</label>
            </li>
          );
        })}
      </ul>
      <FieldErrors slot={slot} messages={messages} />
    </fieldset>
  );
}
