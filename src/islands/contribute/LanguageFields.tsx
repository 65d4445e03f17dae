/** "W jakich językach można być obsłużonym?": Polish ticked by default, the languages of src/lib/contribute/languages.ts. */
import { languageName, nativeLanguageName } from '../../lib/directory/languages.ts';
import { languageChoices, toggleLanguage } from '../../lib/contribute/languages.ts';
import { controlId } from './slots.ts';
import { describe, FieldErrors } from './FieldError.tsx';

export function LanguageFields({ value, onChange, errors }: { value: string[]; onChange: (value: string[]) => void; errors: Record<string, string[]> }) {
  const slot = 'languages';
  const messages = errors[slot];
  const group = describe(slot, messages, true);
  return (
    <fieldset className="contribute-terms" id={group.id} tabIndex={-1} aria-describedby={group['aria-describedby']}>
      <legend>W jakich językach można być obsłużonym?</legend>
      <p id={`${group.id}-wskazowka`} className="contribute-hint">
        Zaznacz tylko języki, w których pracownicy rozmawiają z odwiedzającymi (bez tłumacza z zewnątrz).
      </p>
      <ul>
        {languageChoices(value).map((code) => {
          const id = `${controlId(slot)}-${code}`;
          const own = nativeLanguageName(code);
          return (
            <li key={code}>
              <input type="checkbox" id={id} checked={value.includes(code)} onChange={(e) => onChange(toggleLanguage(value, code, e.target.checked))} />
              <label htmlFor={id}>
                {languageName(code)}
                {code !== 'pl' && own !== code && own !== languageName(code) ? (
                  <>
                    {' '}
                    <span lang={code}>({own})</span>
                  </>
                ) : null}
              </label>
            </li>
          );
        })}
      </ul>
      <FieldErrors slot={slot} messages={messages} />
    </fieldset>
  );
}
