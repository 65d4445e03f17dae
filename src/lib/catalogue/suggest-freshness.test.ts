import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from './entries.ts';
import { suggest } from './suggest.ts';
import { builderTranslator } from '../../../tests/helpers/words.ts';

const GMINA = '2011013';
const entry = (id: string, serves: CatalogueEntry['serves'], verified: string, sourceDate?: string): CatalogueEntry => ({
  id,
  kind: 'institution',
  name: id,
  url: `/placowka/${id}/`,
  type: 'ops',
  gmina: serves === 'powiat' ? '2011022' : GMINA,
  serves,
  emergency: false,
  address: '',
  phones: [],
  emails: [],
  hoursText: [],
  verified,
  ...(sourceDate ? { sourceDate } : {}),
  services: [{ id: 's', name: 'Usługa', description: '', access: '', needs: ['psychologiczne'], audiences: ['wszyscy'] }],
});

describe('suggestions and freshness', () => {
  it('ranks fresher entries first within one reach, on the source document date when there is one', () => {
    const entries = [
      entry('a-old-source', 'gmina', '2026-11-23', '2019'),
      entry('b-checked-2024', 'gmina', '2024-05-01'),
      entry('c-fresh', 'gmina', '2026-11-23'),
      entry('d-powiat-fresh', 'powiat', '2026-12-01'),
    ];
    const out = suggest(entries, { gmina: GMINA, needs: ['psychologiczne'], audiences: [], needName: (id) => id, words: builderTranslator('pl') });
    expect(out.map((s) => s.entry.id)).toEqual(['c-fresh', 'b-checked-2024', 'a-old-source', 'd-powiat-fresh']);
  });
});
