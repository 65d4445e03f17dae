import type { ReactNode } from 'react';
import { controlId } from './slots.ts';
import { describe, FieldErrors } from './FieldError.tsx';

interface Props {
  slot: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  errors: Record<string, string[]>;
  hint?: ReactNode;
  required?: boolean;
  multiline?: boolean;
  type?: 'text' | 'email' | 'url' | 'tel' | 'date';
  autoComplete?: string;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'email' | 'url';
}

export function TextField({ slot, label, value, onChange, errors, hint, required, multiline, type = 'text', autoComplete, inputMode }: Props) {
  const messages = errors[slot];
  const common = {
    ...describe(slot, messages, !!hint),
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    required,
    autoComplete,
  };
  return (
    <div className="contribute-field">
      <label htmlFor={controlId(slot)}>
        {label}
        {required ? <span className="contribute-required"> (wymagane)</span> : null}
      </label>
      {hint ? (
        <p className="contribute-hint" id={`${controlId(slot)}-wskazowka`}>
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={4} {...common} /> : <input type={type} inputMode={inputMode} {...common} />}
      <FieldErrors slot={slot} messages={messages} />
    </div>
  );
}

interface SelectProps {
  slot: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  errors: Record<string, string[]>;
  options: { value: string; label: string }[];
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
}

export function SelectField({ slot, label, value, onChange, errors, options, placeholder, required, disabled }: SelectProps) {
  const messages = errors[slot];
  return (
    <div className="contribute-field">
      <label htmlFor={controlId(slot)}>
        {label}
        {required ? <span className="contribute-required"> (wymagane)</span> : null}
      </label>
      <select {...describe(slot, messages)} value={value} onChange={(e) => onChange(e.target.value)} required={required} disabled={disabled}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors slot={slot} messages={messages} />
    </div>
  );
}
