import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from './filter.ts';
import { filtersFromQuery, filterUrl, queryFromFilters, URL_PARAMS } from './url.ts';

describe('filters in the URL', () => {
  it('writes readable Polish parameters and only the most specific region', () => {
    const f: Filters = { ...EMPTY_FILTERS, q: 'psycholog', wojewodztwo: '20', powiat: '2011', gmina: '2011022', free: true };
    expect(queryFromFilters(f)).toBe('?q=psycholog&gmina=2011022&bezplatne=1');
    expect(queryFromFilters(EMPTY_FILTERS)).toBe('');
  });
  it('reads back what it wrote; a gmina implies its powiat and województwo', () => {
    expect(filtersFromQuery('?q=psycholog&gmina=2011022&bezplatne=1')).toEqual({
      ...EMPTY_FILTERS,
      q: 'psycholog',
      wojewodztwo: '20',
      powiat: '2011',
      gmina: '2011022',
      free: true,
    });
  });
  it('round-trips any state', () => {
    const word = fc.stringMatching(/^[a-ząęłóśżź-]{0,8}$/);
    fc.assert(
      fc.property(word, word, word, fc.boolean(), fc.boolean(), fc.boolean(), (q, type, need, free, openNow, accessibility) => {
        const f: Filters = { ...EMPTY_FILTERS, q, type, need, free, openNow, accessibility, wojewodztwo: '22', powiat: '2215', gmina: '2215102' };
        expect(filtersFromQuery(queryFromFilters(f))).toEqual({ ...f, q: q.trim() });
      }),
    );
  });
  it('writes the language of service as ?jezyk= and reads it back', () => {
    const f: Filters = { ...EMPTY_FILTERS, gmina: '2011022', language: 'uk' };
    expect(queryFromFilters(f)).toBe('?gmina=2011022&jezyk=uk');
    expect(filtersFromQuery('?gmina=2011022&jezyk=uk')).toEqual({ ...f, powiat: '2011', wojewodztwo: '20' });
    expect(filterUrl({ language: 'uk' })).toBe('/placowki/?jezyk=uk');
    fc.assert(
      fc.property(fc.stringMatching(/^([a-z]{2,3})?$/), fc.boolean(), (language, free) => {
        const g: Filters = { ...EMPTY_FILTERS, language, free };
        expect(filtersFromQuery(queryFromFilters(g))).toEqual(g);
      }),
    );
  });
  it('round-trips any region, type, need and audience id, each once', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{0,12}$/);
    const code = (digits: number) => fc.oneof(fc.constant(''), fc.stringMatching(new RegExp(`^\\d{${digits}}$`)));
    fc.assert(
      fc.property(code(2), code(4), code(7), id, id, id, (wojewodztwo, powiat, gmina, type, need, audience) => {
        const f: Filters = { ...EMPTY_FILTERS, wojewodztwo, powiat, gmina, type, need, audience };
        const back = filtersFromQuery(queryFromFilters(f));
        expect({ type: back.type, need: back.need, audience: back.audience }).toEqual({ type, need, audience });
        // The most specific region is written; the wider ones are read back from its code.
        const region = gmina || powiat || wojewodztwo;
        expect(back.gmina || back.powiat || back.wojewodztwo).toBe(region);
        const keys = [...new URLSearchParams(queryFromFilters(f)).keys()];
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});

describe('one meaning per parameter', () => {
  it('names each facet once, in Polish', () => {
    expect(URL_PARAMS).toMatchObject({ wojewodztwo: 'woj', type: 'rodzaj', need: 'potrzeba', audience: 'dla' });
    expect(new Set(Object.values(URL_PARAMS)).size).toBe(Object.values(URL_PARAMS).length);
  });

  it('reads a repeated parameter as its first value, as the page does', () => {
    expect(filtersFromQuery('?potrzeba=przemoc&potrzeba=kryzys').need).toBe('przemoc');
  });

  it('reads a query string with or without "?" and ignores other parameters', () => {
    expect(filtersFromQuery('?rodzaj=ops&x=1&dla=wszyscy')).toEqual({ ...EMPTY_FILTERS, type: 'ops', audience: 'wszyscy' });
    expect(filtersFromQuery('potrzeba=ciaza')).toEqual({ ...EMPTY_FILTERS, need: 'ciaza' });
  });
});

describe('old links keep working', () => {
  const old = {
    wojewodztwa: [
      ['20', 'podlaskie'],
      ['22', 'pomorskie'],
    ] as const,
    types: [
      ['ops', 'Ośrodek pomocy społecznej'],
      ['ppp', 'Poradnia psychologiczno-pedagogiczna'],
    ] as const,
  };

  it('reads the województwo name and the type name that /szukaj/ once wrote as the code and the id', () => {
    const f = filtersFromQuery('?q=psycholog&woj=podlaskie&rodzaj=O%C5%9Brodek+pomocy+spo%C5%82ecznej', old);
    expect(f).toEqual({ ...EMPTY_FILTERS, q: 'psycholog', wojewodztwo: '20', type: 'ops' });
    // …and writes them back in today's form.
    expect(queryFromFilters(f)).toBe('?q=psycholog&woj=20&rodzaj=ops');
  });

  it("reads today's codes and ids unchanged, and leaves an unknown name as it is", () => {
    expect(filtersFromQuery('?woj=22&rodzaj=ppp', old)).toMatchObject({ wojewodztwo: '22', type: 'ppp' });
    expect(filtersFromQuery('?woj=mazowieckie&rodzaj=nieznany', old)).toMatchObject({ wojewodztwo: 'mazowieckie', type: 'nieznany' });
  });

  it('keeps the links of the directory and the map as they were', () => {
    expect(filtersFromQuery('?woj=20&rodzaj=ops', old)).toEqual(filtersFromQuery('?woj=20&rodzaj=ops'));
    expect(filtersFromQuery('?gmina=2011013&rodzaj=policja&potrzeba=ciaza')).toEqual({
      ...EMPTY_FILTERS,
      wojewodztwo: '20',
      powiat: '2011',
      gmina: '2011013',
      type: 'policja',
      need: 'ciaza',
    });
  });
});

describe('filterUrl', () => {
  it('is the plain directory without filters', () => {
    expect(filterUrl({})).toBe('/placowki/');
    expect(filterUrl({ type: '', need: '', audience: '' })).toBe('/placowki/');
  });

  it('uses the Polish parameter names, type first, then need, then audience', () => {
    expect(filterUrl({ audience: 'kobiety-w-ciazy', need: 'ciaza', type: 'ops' })).toBe('/placowki/?rodzaj=ops&potrzeba=ciaza&dla=kobiety-w-ciazy');
  });

  it('encodes values that are not plain ids', () => {
    expect(filterUrl({ need: 'a b&c' })).toBe('/placowki/?potrzeba=a+b%26c');
  });

  it('links to another filtered page with the same parameters', () => {
    expect(filterUrl({ wojewodztwo: '20', type: 'ops' }, '/mapa/')).toBe('/mapa/?woj=20&rodzaj=ops');
  });
});
