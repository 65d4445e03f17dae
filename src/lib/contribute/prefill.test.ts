import { describe, expect, it } from 'vitest';
import { emptyDraft } from './draft.ts';
import { prefillNew } from './prefill.ts';

const regions = { gminy: [['2001072', 'Sztabin', 'gmina wiejska', 'sztabin']] as [string, string, string, string][] };
const terms = { types: [{ id: 'ops', name: 'Ośrodek pomocy społecznej' }] };
const draft = emptyDraft('0b7f3c52-2d5e-4b1a-9c3e-5f2a7d9e1c40', '2026-11-23');

describe('prefillNew', () => {
  it('takes a known type and gmina from the address', () => {
    const out = prefillNew(draft, new URLSearchParams('rodzaj=ops&gmina=2001072'), regions, terms);
    expect(out).toEqual({ ...draft, type: 'ops', gmina: '2001072' });
  });
  it('ignores unknown or hostile values', () => {
    expect(prefillNew(draft, new URLSearchParams('rodzaj=<script>&gmina=9999999'), regions, terms)).toEqual(draft);
    expect(prefillNew(draft, new URLSearchParams(''), regions, terms)).toEqual(draft);
  });
});
