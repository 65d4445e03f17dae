import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from './pagefind.ts';
import { mergeSections } from './query-search.ts';

// A page of helplines: each heading starts at a word position.
const page = (sub: string[] = []): PagefindResultData => ({
  url: '/telefony-zaufania/',
  excerpt: '',
  meta: { title: 'Telefony zaufania' },
  filters: {},
  anchors: [
    { location: 0, text: 'Telefony zaufania' },
    { id: 'dla-doroslych', text: 'Dla dorosłych', location: 40 },
    { id: 'rzecznik', text: 'Rzecznik', location: 200 },
    { id: 'zaginione-dzieci', text: 'Zaginione dzieci', location: 800 },
    { id: 'dla-mlodziezy', text: 'Dla młodzieży', location: 1000 },
  ],
  sub_results: sub.map((id) => ({ title: id, url: `/telefony-zaufania/#${id}`, excerpt: `o ${id}` })),
});
const ids = (d: PagefindResultData) => d.sub_results!.map((s) => s.url.split('#')[1]);

describe('mergeSections: the sections of a page found by the words of a query', () => {
  it('puts first the sections that hold more of the words, from each search’s own positions', () => {
    // "nastolatek ma depresję": "nastolatek" at 850 and 1100 (missing children, youth), "depresję" at 50 and
    // 1120 (adults, youth): only the youth line holds both. The details carry the last search's sections.
    const merged = mergeSections(page(['dla-doroslych', 'dla-mlodziezy']), [
      [850, 1100],
      [50, 1120],
    ]);
    expect(ids(merged)).toEqual(['dla-mlodziezy', 'dla-doroslych', 'zaginione-dzieci']);
  });
  it('between sections with as many words, the one that holds them more often comes first, then the page order', () => {
    expect(ids(mergeSections(page(), [[250, 260, 900]]))).toEqual(['rzecznik', 'zaginione-dzieci']);
    expect(ids(mergeSections(page(), [[900, 250]]))).toEqual(['rzecznik', 'zaginione-dzieci']);
  });
  it('keeps the excerpt Pagefind made for a section and names the others by their heading', () => {
    const merged = mergeSections(page(['rzecznik']), [[210, 1010]]);
    expect(merged.sub_results).toEqual([
      { title: 'rzecznik', url: '/telefony-zaufania/#rzecznik', excerpt: 'o rzecznik' },
      { title: 'Dla młodzieży', url: '/telefony-zaufania/#dla-mlodziezy', excerpt: '' },
    ]);
  });
  it('words before the first heading with an id belong to no section; a page without headings keeps its details', () => {
    expect(ids(mergeSections(page(), [[10]]))).toEqual([]);
    const plain = { ...page(['x']), anchors: [] };
    expect(mergeSections(plain, [[10]]).sub_results).toEqual(plain.sub_results);
  });
});
