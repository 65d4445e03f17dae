import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../lib/search/lexicon.ts';
import { buildPlaceIndex } from '../../lib/search/places.ts';
import { analysisFor } from './query-plan.ts';
import { searchWordsOf } from './query-search.ts';

const context = { lexicon: buildLexicon({ needs: [], types: [] }), places: buildPlaceIndex([]) };

describe('a query is read by the language of the pages searched', () => {
  it('Ukrainian in Cyrillic goes to Pagefind as typed: no Polish folding (й, ї), stop words or places', () => {
    // The Polish analysis would fold "Київ" to "киів" and "й" to "и".
    expect(analysisFor('Київ й соціальної допомоги', 'uk', context)).toBeNull();
    expect(analysisFor('як отримати асистента', 'uk', null)).toBeNull();
  });

  it('Ukrainian in Latin letters is searched as typed and in its Cyrillic reading', () => {
    const analysis = analysisFor(' asystent rodyny ', 'uk', context)!;
    expect(searchWordsOf(analysis)).toEqual(['asystent rodyny', 'асистент родини']);
    expect(analysis.place).toBeNull();
  });

  it('Polish goes through the Polish analysis, stop words dropped, as before', () => {
    expect(searchWordsOf(analysisFor('co robić gdy mąż pije', 'pl', context)!)).not.toContain('co');
    expect(analysisFor('psycholog', 'pl', null)).toBeNull();
  });
});
