/** @jsxImportSource preact */
/**
 * "Find my gmina by the village" in the directory's filter: when the words typed are the name of a town
 * or village, say which gmina it lies in (or list the gminas, when the name is in many), and one press
 * shows what serves that gmina. The localities come from src/islands/shared/find-place.ts, fetched only
 * for a query that could be a name (one small file per first two letters).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Filters } from '../../lib/search/filter.ts';
import { normalize } from '../../formats/text.ts';
import { findPlaces, type FoundPlaces } from '../shared/find-place.ts';
import { placeLabel, placeSentence, type PlaceHit } from '../../lib/regions/localities.ts';
import type { SetFilters } from './useFilters.ts';

interface Props {
  filters: Filters;
  onChange: SetFilters;
}

export default function PlaceHints({ filters, onChange }: Props) {
  const [found, setFound] = useState<FoundPlaces | null>(null);
  const [chosen, setChosen] = useState<PlaceHit | null>(null);
  const [open, setOpen] = useState(false);
  const chosenLine = useRef<HTMLParagraphElement>(null);
  const focusChosen = useRef(false);
  const q = filters.q;
  const lookup = normalize(q).length >= 3 && !filters.gmina;

  useEffect(() => {
    setOpen(false);
    if (!lookup) return setFound(null);
    let current = true;
    // A failed fetch only means no hint: the text filter works on without it.
    findPlaces(q).then(
      (f) => current && setFound(f),
      () => current && setFound(null),
    );
    return () => {
      current = false;
    };
  }, [q, lookup]);

  useEffect(() => {
    if (focusChosen.current) chosenLine.current?.focus();
    focusChosen.current = false;
  }, [chosen, filters.gmina]);

  const choose = (hit: PlaceHit) => {
    const code = hit.gmina.code;
    focusChosen.current = true;
    setChosen(hit);
    onChange({ ...filters, q: '', wojewodztwo: code.slice(0, 2), powiat: code.slice(0, 4), gmina: code }, 'push');
  };

  if (chosen && filters.gmina === chosen.gmina.code) {
    return (
      <div className="place-hints">
        <p tabIndex={-1} ref={chosenLine} className="place-chosen">
          {placeSentence(chosen)}
        </p>
        <p>
          Poniżej placówki, które działają w tej gminie albo dla niej. Instytucje, które są w każdej gminie (np. ośrodek pomocy społecznej), znajdziesz na{' '}
          <a href={chosen.gmina.url}>stronie gminy {chosen.gmina.name}</a>.
        </p>
      </div>
    );
  }
  if (!lookup || !found || found.query !== q) return null;
  const button = (hit: PlaceHit, label: string) => (
    <button type="button" className="button secondary" onClick={() => choose(hit)}>
      {label}
    </button>
  );
  if (found.exact.length === 1) {
    const hit = found.exact[0]!;
    return (
      <div className="place-hints">
        <p>{placeSentence(hit)}</p>
        <p>
          {button(hit, `Pokaż wsparcie dla gminy ${hit.gmina.name}`)} albo zobacz <a href={hit.gmina.url}>stronę gminy {hit.gmina.name}</a>.
        </p>
      </div>
    );
  }
  // A long list waits behind one button, so the keyboard still reaches the facets in a few steps.
  const list = (hits: PlaceHit[], intro: string, id: string, toggle: string) => (
    <div className="place-hints">
      <p id={id}>{intro}</p>
      <p>
        <button type="button" className="button secondary" aria-expanded={open} aria-controls={`${id}-lista`} onClick={() => setOpen(!open)}>
          {open ? 'Ukryj listę' : toggle}
        </button>
      </p>
      <ul className="place-list" id={`${id}-lista`} aria-labelledby={id} hidden={!open}>
        {hits.map((hit) => (
          <li key={`${hit.gmina.code}-${hit.locality}`}>{button(hit, placeLabel(hit))}</li>
        ))}
      </ul>
    </div>
  );
  if (found.exact.length > 1) {
    const n = found.exact.length;
    return list(
      found.exact,
      `Miejscowość o nazwie „${found.exact[0]!.locality}” jest w ${n} gminach. Wybierz swoją, aby zobaczyć, co w niej działa.`,
      'miejscowosc-gminy',
      `Pokaż gminy (${n})`,
    );
  }
  if (found.others.length) {
    return list(
      found.others,
      'Jeśli to początek nazwy miejscowości, możesz ją wybrać, aby zobaczyć wsparcie w jej gminie.',
      'miejscowosc-podobne',
      `Pokaż pasujące miejscowości (${found.others.length})`,
    );
  }
  return null;
}
