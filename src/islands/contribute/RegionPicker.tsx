import { useEffect, useRef, useState } from 'react';
import type { FormRegions } from '../../lib/contribute/reference.ts';
import { findPlaces, type FoundPlaces } from '../shared/find-place.ts';
import { placeLabel, type PlaceHit } from '../../lib/regions/localities.ts';
import { SelectField } from './TextField.tsx';
import { controlId } from './slots.ts';

/**
 * Województwo → powiat → gmina, three native selects (keyboard and screen-reader friendly), and above them
 * "find the gmina by a town or village" (the site's one lookup, src/islands/shared/find-place.ts): a list of
 * buttons, each setting all three selects.
 */
export function RegionPicker({
  regions,
  gmina,
  onChange,
  errors,
}: {
  regions: FormRegions;
  gmina: string;
  onChange: (code: string) => void;
  errors: Record<string, string[]>;
}) {
  const [woj, setWoj] = useState(gmina.slice(0, 2));
  const [powiat, setPowiat] = useState(gmina.slice(0, 4));
  const powiaty = regions.powiaty.filter((p) => p[0].startsWith(woj) && woj !== '');
  const gminy = regions.gminy.filter((g) => g[0].startsWith(powiat) && powiat.length === 4);
  const [place, setPlace] = useState('');
  const [found, setFound] = useState<FoundPlaces | null>(null);
  const [picked, setPicked] = useState('');
  const focusGmina = useRef(false);
  useEffect(() => {
    if (place.trim().length < 2) return setFound(null);
    let live = true;
    const timer = setTimeout(
      () =>
        findPlaces(place).then(
          (f) => live && setFound(f),
          () => live && setFound({ query: place, exact: [], others: [] }),
        ),
      120,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [place]);
  useEffect(() => {
    if (focusGmina.current) document.getElementById(controlId('gmina'))?.focus();
    focusGmina.current = false;
  }, [gmina]);
  const hits = found ? (found.exact.length ? found.exact : found.others) : [];
  const pick = (hit: PlaceHit) => {
    const code = hit.gmina.code;
    setWoj(code.slice(0, 2));
    setPowiat(code.slice(0, 4));
    focusGmina.current = true;
    onChange(code);
    setPicked(`Wybrano gminę ${hit.gmina.name} (${hit.gmina.powiat}, województwo ${hit.gmina.wojewodztwo}), w której leży miejscowość ${hit.locality}.`);
    setPlace('');
  };
  return (
    <fieldset className="contribute-region">
      <legend>Gdzie jest placówka (wymagane)</legend>
      <div className="contribute-field">
        <label htmlFor="pole-miejscowosc">Znajdź gminę po nazwie miejscowości (nieobowiązkowe)</label>
        <p className="contribute-hint" id="pole-miejscowosc-wskazowka">
          Wpisz nazwę miasta lub wsi, a potem wybierz gminę z listy pod polem. Możesz też wybrać województwo, powiat i gminę niżej.
        </p>
        <input
          id="pole-miejscowosc"
          type="search"
          autoComplete="off"
          aria-describedby="pole-miejscowosc-wskazowka pole-miejscowosc-stan"
          value={place}
          onChange={(e) => setPlace(e.target.value)}
        />
        <p id="pole-miejscowosc-stan" role="status" className="contribute-hint">
          {found && place.trim().length >= 2
            ? hits.length
              ? found.exact.length > 1
                ? `Miejscowość o nazwie „${found.exact[0]!.locality}” jest w ${found.exact.length} gminach: wybierz właściwą z listy.`
                : `Pasujące miejscowości: ${hits.length}. Wybierz z listy.`
              : 'Nie znamy miejscowości o takiej nazwie. Wybierz gminę z list niżej.'
            : picked}
        </p>
        {hits.length > 0 && place.trim().length >= 2 && (
          <ul className="contribute-places" aria-label="Gminy, w których leży ta miejscowość">
            {hits.map((hit) => (
              <li key={`${hit.gmina.code}-${hit.locality}`}>
                <button type="button" className="button secondary" onClick={() => pick(hit)}>
                  {placeLabel(hit)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <SelectField
        slot="wojewodztwo"
        label="Województwo"
        value={woj}
        onChange={(v) => (setWoj(v), setPowiat(''), onChange(''))}
        errors={errors}
        placeholder="wybierz województwo"
        options={regions.wojewodztwa.map(([code, name]) => ({ value: code, label: name }))}
      />
      <SelectField
        slot="powiat"
        label="Powiat"
        value={powiat}
        onChange={(v) => (setPowiat(v), onChange(''))}
        errors={errors}
        disabled={!woj}
        placeholder={woj ? 'wybierz powiat' : 'najpierw wybierz województwo'}
        options={powiaty.map(([code, label]) => ({ value: code, label }))}
      />
      <SelectField
        slot="gmina"
        label="Gmina"
        value={gmina}
        onChange={onChange}
        errors={errors}
        disabled={!powiat}
        placeholder={powiat ? 'wybierz gminę' : 'najpierw wybierz powiat'}
        options={gminy.map(([code, name, kind]) => ({ value: code, label: `${name} (${kind})` }))}
      />
    </fieldset>
  );
}
