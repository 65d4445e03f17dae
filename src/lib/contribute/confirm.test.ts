import { describe, expect, it } from 'vitest';
import { confirmDraft, CONFIRM_SOURCE } from './confirm.ts';
import { dataToDraft } from './draft.ts';
import { draftToData } from './draft-data.ts';
import { toEntryFile } from './entry-file.ts';

const data = {
  id: '3f6c2a8e-9b1d-4e7a-8c5f-2d4b6a8e0c13',
  name: 'Testowa Poradnia',
  type: 'ppp',
  gmina: '2011013',
  serves: 'powiat',
  phones: [{ number: '+48 85 711 73 46', label: 'rejestracja' }],
  identifiers: [{ scheme: 'REGON', value: '000002217' }],
  services: [{ id: 'porady', name: 'Porady', needs: ['wychowanie'], forms: [], audiences: [] }],
  verified: { date: '2026-11-23', source: 'Prezentacja', source_date: '2019' },
};

describe('confirming that an entry is current', () => {
  it('changes only the verification: date, source, and no more source document date', () => {
    const draft = dataToDraft(data, 'Opis.', 'testowa-poradnia');
    const before = toEntryFile(draftToData(draft) as never, draft.body);
    const after = toEntryFile(draftToData(confirmDraft(draft, '2026-12-02')) as never, draft.body);
    const changed = (a: string, b: string) => a.split('\n').filter((line) => !b.split('\n').includes(line));
    expect(changed(after, before)).toEqual(['  date: 2026-12-02', `  source: ${CONFIRM_SOURCE}`]);
    expect(changed(before, after)).toEqual(['  date: 2026-11-23', '  source: Prezentacja', '  source_date: "2019"']);
  });

  it('keeps the identifiers and the source date through a plain correction', () => {
    const draft = dataToDraft(data, '', 'x');
    const out = draftToData(draft) as { identifiers: unknown; verified: unknown };
    expect(out.identifiers).toEqual([{ scheme: 'REGON', value: '000002217' }]);
    expect(out.verified).toEqual({ date: '2026-11-23', source: 'Prezentacja', source_date: '2019' });
  });
});
