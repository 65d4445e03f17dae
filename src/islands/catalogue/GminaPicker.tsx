/** Type-ahead over the TERYT gminas (ARIA combobox with a listbox): name, powiat and województwo. */
import { useEffect, useId, useRef, useState } from 'react';
import { gminaRef, searchGminy, type GminaOption } from '../../lib/catalogue/gminy.ts';
import type { GminaRef } from '../../lib/catalogue/model.ts';
import { loadGminy } from './data.ts';

interface Props {
  value: GminaRef | null;
  onPick: (gmina: GminaRef) => void;
  onClear: () => void;
}

export function GminaPicker({ value, onPick, onClear }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<GminaOption[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  // Keyboard focus follows the change: to "Zmień gminę" after a pick, back to the input after "Zmień gminę".
  const focusNext = useRef<'change' | 'input' | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusNext.current === 'change') changeButton.current?.focus();
    if (focusNext.current === 'input') input.current?.focus();
    focusNext.current = null;
  }, [value]);

  const load = () => {
    if (options) return;
    loadGminy().then(setOptions, () => setFailed(true));
  };
  const results = options ? searchGminy(options, query) : [];
  const expanded = open && results.length > 0;
  useEffect(() => setActive(0), [query]);

  const pick = (o: GminaOption) => {
    focusNext.current = 'change';
    onPick(gminaRef(o));
    setQuery('');
    setOpen(false);
  };

  if (value) {
    return (
      <div className="picked-gmina">
        <p>
          Wybrana gmina: <strong>{value.name}</strong> ({value.powiat}, województwo {value.wojewodztwo})
        </p>
        <button
          type="button"
          ref={changeButton}
          className="button secondary"
          onClick={() => {
            focusNext.current = 'input';
            onClear();
          }}
        >
          Zmień gminę
        </button>
      </div>
    );
  }

  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`}>Gmina, w której mieszka rodzina</label>
      <p className="hint" id={`${id}-hint`}>
        Wpisz początek nazwy gminy, potem wybierz ją strzałkami i klawiszem Enter. Gminę potrzebujemy, aby pokazać wsparcie najbliżej rodziny.
      </p>
      <input
        id={`${id}-input`}
        ref={input}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-describedby={`${id}-hint ${id}-status`}
        aria-activedescendant={expanded ? `${id}-opt-${active}` : undefined}
        value={query}
        onFocus={load}
        onChange={(e) => {
          load();
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && expanded) {
            e.preventDefault();
            const o = results[active];
            if (o) pick(o);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Pasujące gminy" hidden={!expanded}>
        {results.map((o, i) => (
          <li
            key={o.code}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
          >
            <strong>{o.name}</strong> <span>({o.kind}, {o.powiat}, województwo {o.wojewodztwo})</span>
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {failed
          ? 'Nie udało się wczytać listy gmin. Sprawdź połączenie i spróbuj ponownie.'
          : query.trim() && options
            ? results.length
              ? `Pasujące gminy: ${results.length}. Wybierz strzałkami.`
              : 'Nie ma gminy o takiej nazwie.'
            : ''}
      </p>
      {failed && <p className="error">Nie udało się wczytać listy gmin. Sprawdź połączenie i spróbuj ponownie.</p>}
    </div>
  );
}
