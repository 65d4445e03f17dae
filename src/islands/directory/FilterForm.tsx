/** @jsxImportSource preact */
/** The facets of the directory, shared by the list and the map. Native controls: labelled and keyboard-usable. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Filters } from '../../lib/search/filter.ts';
import type { SearchMeta } from '../../lib/search/meta.ts';
import { URL_PARAMS } from '../../lib/search/facets.ts';
import { languagesShort, nativeLanguageName } from '../../lib/directory/languages.ts';
import { loadMeta } from '../shared/directory-data.ts';
import type { SetFilters } from './useFilters.ts';

export interface FacetOptions {
  wojewodztwa: [string, string][];
  types: [string, string][];
  needs: [string, string][];
  audiences: [string, string][];
}

interface Props {
  idPrefix: string;
  options: FacetOptions;
  filters: Filters;
  onChange: SetFilters;
  /** Shown right after the text field, before the facets (the list's "find my gmina by the village"). */
  afterQuery?: ComponentChildren;
}

export default function FilterForm({ idPrefix, options, filters, onChange, afterQuery }: Props) {
  const [meta, setMeta] = useState<SearchMeta | null>(null);
  useEffect(() => {
    if (filters.wojewodztwo && !meta) void loadMeta().then(setMeta);
  }, [filters.wojewodztwo, meta]);
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = (patch: Partial<Filters>, how: 'push' | 'replace' = 'push') => onChange({ ...filters, ...patch }, how);
  const powiaty = meta && filters.wojewodztwo ? meta.powiaty.filter(([c]) => c.startsWith(filters.wojewodztwo)) : [];
  const gminy = meta && filters.powiat ? meta.gminy.filter(([c]) => c.startsWith(filters.powiat)) : [];
  const select = (name: keyof Filters, label: string, values: [string, string][], all: string, patch: (v: string) => Partial<Filters>) => (
    <div className="facet">
      <label htmlFor={id(name)}>{label}</label>
      <select id={id(name)} name={URL_PARAMS[name]} value={String(filters[name])} onChange={(e) => set(patch(e.currentTarget.value))}>
        <option value="">{all}</option>
        {values.map(([v, n]) => (
          <option key={v} value={v}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
  const check = (name: 'free' | 'openNow' | 'accessibility', label: string) => (
    <div className="facet facet-check">
      <input
        type="checkbox"
        id={id(name)}
        name={URL_PARAMS[name]}
        value="1"
        checked={filters[name]}
        onChange={(e) => set({ [name]: e.currentTarget.checked })}
      />
      <label htmlFor={id(name)}>{label}</label>
    </div>
  );
  // Ukrainian always (issue 18: families from Ukraine), with a hint in Ukrainian; another language only
  // when a link asks for it (?jezyk=en), so that an active filter is always visible and can be unticked.
  const language = (code: string) => (
    <div className="facet facet-check" key={code}>
      <input
        type="checkbox"
        id={id(`language-${code}`)}
        name={URL_PARAMS.language}
        value={code}
        checked={filters.language === code}
        onChange={(e) => set({ language: e.currentTarget.checked ? code : '' })}
      />
      <label htmlFor={id(`language-${code}`)}>
        {code === 'uk' ? 'Obsługa po ukraińsku' : (languagesShort([code]) ?? code)}{' '}
        {code === 'uk' ? (
          <span lang="uk">(обслуговування українською)</span>
        ) : (
          nativeLanguageName(code) !== code && <span lang={code}>({nativeLanguageName(code)})</span>
        )}
      </label>
    </div>
  );
  const languages = ['uk', ...(filters.language && filters.language !== 'uk' && filters.language !== 'pl' ? [filters.language] : [])];
  return (
    <form className="filters" role="search" aria-label="Filtry katalogu" onSubmit={(e) => e.preventDefault()}>
      <div className="facet facet-text">
        <label htmlFor={id('q')}>Czego szukasz?</label>
        <input
          id={id('q')}
          type="search"
          name={URL_PARAMS.q}
          autocomplete="off"
          placeholder="np. psycholog, ośrodek pomocy społecznej"
          value={filters.q}
          onInput={(e) => set({ q: e.currentTarget.value }, 'replace')}
        />
      </div>
      {afterQuery}
      <fieldset>
        <legend>Gdzie mieszkasz?</legend>
        {select('wojewodztwo', 'Województwo', options.wojewodztwa, 'Cała Polska', (v) => ({ wojewodztwo: v, powiat: '', gmina: '' }))}
        {filters.wojewodztwo && select('powiat', 'Powiat', powiaty, 'Całe województwo', (v) => ({ powiat: v, gmina: '' }))}
        {filters.powiat &&
          select(
            'gmina',
            'Gmina',
            gminy.map(([c, n, k]) => [c, `${n} (${k})`]),
            'Cały powiat',
            (v) => ({ gmina: v }),
          )}
      </fieldset>
      <fieldset>
        <legend>Jakiej pomocy?</legend>
        {select('type', 'Rodzaj placówki', options.types, 'Wszystkie rodzaje', (v) => ({ type: v }))}
        {select('need', 'W jakiej sprawie', options.needs, 'Wszystkie sprawy', (v) => ({ need: v }))}
        {select('audience', 'Dla kogo', options.audiences, 'Dla wszystkich', (v) => ({ audience: v }))}
        {check('free', 'Bezpłatnie')}
        {check('openNow', 'Otwarte teraz')}
        {check('accessibility', 'Z informacją o dostępności (np. dla osób na wózku)')}
        {languages.map(language)}
      </fieldset>
    </form>
  );
}
