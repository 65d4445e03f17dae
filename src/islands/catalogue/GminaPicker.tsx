/**
 * Type-ahead over the TERYT gminas (ARIA combobox with a listbox): name, powiat and województwo.
 * With a województwo chosen it also finds the gmina by a town or village name ("Jaziewo → gmina Sztabin"),
 * from that województwo's localities file, fetched only then.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { gminaRef, searchGminy, type GminaOption } from '../../lib/catalogue/gminy.ts';
import type { GminaRef } from '../../lib/catalogue/model.ts';
import { searchLocalities, type LocalityIndex } from '../../lib/regions/localities.ts';
import { loadGminy, loadLocalities } from './data.ts';

interface Result {
  option: GminaOption;
  via?: string; // the town or village that led to the gmina
}

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

  const [woj, setWoj] = useState('');
  const [places, setPlaces] = useState<LocalityIndex | null>(null);
  useEffect(() => {
    setPlaces(null);
    if (!woj) return;
    let live = true;
    loadLocalities(woj).then(
      (index) => live && setPlaces(index),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [woj]);

  const load = () => {
    if (options) return;
    loadGminy().then(setOptions, () => setFailed(true));
  };
  // The województwo list comes with the gmina list (precached by the service worker): fetch it as soon as the picker shows.
  useEffect(() => {
    if (!value) load();
  }, [value]);
  const byCode = useMemo(() => new Map((options ?? []).map((o) => [o.code, o])), [options]);
  const wojewodztwa = useMemo(
    () => [...new Map((options ?? []).map((o) => [o.wojSlug, o.wojewodztwo])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'pl')),
    [options],
  );
  const results: Result[] = useMemo(() => {
    if (!options) return [];
    const gminy = searchGminy(woj ? options.filter((o) => o.wojSlug === woj) : options, query).map((option) => ({ option }));
    const shown = new Set(gminy.map((r) => r.option.code));
    const viaPlace = places
      ? searchLocalities(places, query)
          .filter((h) => !(shown.has(h.gmina.code) && h.locality === h.gmina.name))
          .flatMap((h) => {
            const option = byCode.get(h.gmina.code);
            return option ? [{ option, via: h.locality }] : [];
          })
      : [];
    return [...gminy, ...viaPlace];
  }, [options, places, woj, query, byCode]);
  const expanded = open && results.length > 0;
  useEffect(() => setActive(0), [query]);

  const pick = ({ option: o }: Result) => {
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
      <div className="field">
        <label htmlFor={`${id}-woj`}>Województwo (nieobowiązkowe)</label>
        <p className="hint" id={`${id}-woj-hint`}>
          Wybierz je, jeśli znasz tylko nazwę wsi lub miasta: wtedy znajdziemy gminę także po niej.
        </p>
        <select id={`${id}-woj`} aria-describedby={`${id}-woj-hint`} value={woj} onFocus={load} onChange={(e) => setWoj(e.target.value)}>
          <option value="">— całą Polskę (tylko nazwy gmin) —</option>
          {wojewodztwa.map(([slug, name]) => (
            <option key={slug} value={slug}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={`${id}-input`}>Gmina, w której mieszka rodzina</label>
      <p className="hint" id={`${id}-hint`}>
        Wpisz początek nazwy gminy (albo, po wybraniu województwa, nazwę wsi lub miasta), potem wybierz ją strzałkami i klawiszem Enter. Gminę potrzebujemy, aby
        pokazać wsparcie najbliżej rodziny.
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
        {results.map(({ option: o, via }, i) => (
          <li
            key={`${o.code}-${via ?? ''}-${i}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(results[i]!)}
          >
            {via ? (
              <>
                <strong>{via}</strong> → gmina {o.name}{' '}
                <span>
                  ({o.kind}, {o.powiat}, województwo {o.wojewodztwo})
                </span>
              </>
            ) : (
              <>
                <strong>{o.name}</strong>{' '}
                <span>
                  ({o.kind}, {o.powiat}, województwo {o.wojewodztwo})
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {failed
          ? 'Nie udało się wczytać listy gmin. Sprawdź połączenie i spróbuj ponownie.'
          : query.trim() && options
            ? results.length
              ? `Pasujące gminy: ${results.length}. Wybierz strzałkami.`
              : woj
                ? 'Nie ma gminy ani miejscowości o takiej nazwie w tym województwie.'
                : 'Nie ma gminy o takiej nazwie. Jeśli to nazwa wsi lub miasta, wybierz najpierw województwo.'
            : ''}
      </p>
      {failed && <p className="error">Nie udało się wczytać listy gmin. Sprawdź połączenie i spróbuj ponownie.</p>}
    </div>
  );
}
