import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filtersFromSearch, filterUrl } from './filter-url.ts';

describe('filterUrl', () => {
  it('is the plain directory without filters', () => {
    expect(filterUrl({})).toBe('/placowki/');
    expect(filterUrl({ types: [], needs: [], audiences: [] })).toBe('/placowki/');
  });

  it('uses the Polish parameter names, types first, then needs, then audiences', () => {
    expect(filterUrl({ audiences: ['kobiety-w-ciazy'], needs: ['ciaza'], types: ['ops'] })).toBe('/placowki/?rodzaj=ops&potrzeba=ciaza&dla=kobiety-w-ciazy');
  });

  it('repeats a parameter for several values and drops duplicates and empty values', () => {
    expect(filterUrl({ needs: ['przemoc', 'kryzys', 'przemoc', ''] })).toBe('/placowki/?potrzeba=przemoc&potrzeba=kryzys');
  });

  it('encodes values that are not plain ids', () => {
    expect(filterUrl({ needs: ['a b&c'] })).toBe('/placowki/?potrzeba=a+b%26c');
  });

  it('round-trips through filtersFromSearch', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    const ids = fc.uniqueArray(id, { maxLength: 4 });
    fc.assert(
      fc.property(ids, ids, ids, (types, needs, audiences) => {
        const url = filterUrl({ types, needs, audiences });
        expect(filtersFromSearch(url.split('?')[1] ?? '')).toEqual({ types, needs, audiences });
      }),
    );
  });

  it('reads a query string with or without "?" and ignores other parameters', () => {
    expect(filtersFromSearch('?rodzaj=ops&x=1&dla=wszyscy&dla=dzieci-i-mlodziez')).toEqual({ types: ['ops'], needs: [], audiences: ['wszyscy', 'dzieci-i-mlodziez'] });
    expect(filtersFromSearch('potrzeba=ciaza')).toEqual({ types: [], needs: ['ciaza'], audiences: [] });
  });
});
