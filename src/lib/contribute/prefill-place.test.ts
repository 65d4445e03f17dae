import { describe, expect, it } from 'vitest';
import { emptyDraft } from './draft.ts';
import { prefillPlace } from './prefill-place.ts';

const known = { types: new Set(['ops', 'pcpr']), gminy: new Set(['2011013', '2011022']) };
const draft = emptyDraft('id', '2026-12-02');

describe('prefill from a coverage gap', () => {
  it('takes a known type and gmina', () => {
    expect(prefillPlace(draft, new URLSearchParams('rodzaj=ops&gmina=2011013'), known)).toMatchObject({ type: 'ops', gmina: '2011013', serves: 'gmina' });
  });

  it('sets the area served for a powiat gap', () => {
    expect(prefillPlace(draft, new URLSearchParams('rodzaj=pcpr&powiat=2011'), known)).toMatchObject({ type: 'pcpr', gmina: '', serves: 'powiat' });
  });

  it('ignores unknown or hostile values', () => {
    const out = prefillPlace(draft, new URLSearchParams('rodzaj=<script>&gmina=9999999&powiat=99'), known);
    expect(out).toEqual(draft);
  });
});
