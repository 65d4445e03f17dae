import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from './pagefind.ts';
import { mergeSections } from './query-search.ts';

const page = (sections: [string, number][]): PagefindResultData => ({
  url: '/telefony-zaufania/',
  excerpt: '',
  meta: { title: 'Telefony zaufania' },
  filters: {},
  sub_results: sections.map(([id, n]) => ({ title: id, url: `/telefony-zaufania/#${id}`, excerpt: '', locations: Array.from({ length: n }, (_, i) => i) })),
});

describe('mergeSections: one page found by several words of a query', () => {
  it('puts first the sections that hold more of the words, whatever each word alone would rank first', () => {
    // "nastolatek ma depresję": "nastolatek" is most often in the children's helpline of the missing,
    // "depresję" in the adults' one; only the youth line holds both.
    const nastolatek = page([['zaginione-dzieci', 5], ['dla-mlodziezy', 2]]);
    const depresje = page([['dla-doroslych', 6], ['dla-mlodziezy', 1]]);
    const ids = mergeSections([nastolatek, depresje]).sub_results!.map((s) => s.title);
    expect(ids).toEqual(['dla-mlodziezy', 'dla-doroslych', 'zaginione-dzieci']);
  });
  it('between sections with as many words, the one that holds them more often comes first', () => {
    const ids = mergeSections([page([['a', 1], ['b', 3]])]).sub_results!.map((s) => s.title);
    expect(ids).toEqual(['b', 'a']);
  });
  it('keeps the page itself from the first search', () => {
    const merged = mergeSections([page([['a', 1]]), { ...page([]), excerpt: 'inny' }]);
    expect(merged.url).toBe('/telefony-zaufania/');
    expect(merged.excerpt).toBe('');
  });
});
