import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from './filter.ts';
import { filtersFromQuery, queryFromFilters } from './url.ts';

describe('filters in the URL', () => {
  it('writes readable Polish parameters and only the most specific region', () => {
    const f: Filters = { ...EMPTY_FILTERS, q: 'psycholog', wojewodztwo: '20', powiat: '2011', gmina: '2011022', free: true };
    expect(queryFromFilters(f)).toBe('?q=psycholog&gmina=2011022&bezplatne=1');
    expect(queryFromFilters(EMPTY_FILTERS)).toBe('');
  });
  it('reads back what it wrote; a gmina implies its powiat and województwo', () => {
    expect(filtersFromQuery('?q=psycholog&gmina=2011022&bezplatne=1')).toEqual({
      ...EMPTY_FILTERS, q: 'psycholog', wojewodztwo: '20', powiat: '2011', gmina: '2011022', free: true,
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
});
