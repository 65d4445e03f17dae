import { describe, expect, it } from 'vitest';
import { schema } from '../../../tests/helpers/fixtures.ts';
import { realInstitutions } from '../../../tests/helpers/validation.ts';
import { parseFrontmatter } from '../validation/frontmatter.ts';
import { dataToDraft, emptyDraft, proposedSlug } from './draft.ts';
import { draftToData } from './draft-data.ts';
import { toEntryFile } from './entry-file.ts';

describe('form draft', () => {
  it('round-trips every real entry: data → form → file gives the same parsed data', () => {
    for (const f of realInstitutions()) {
      const fm = parseFrontmatter(f.text);
      if (!fm.ok) throw new Error(fm.reason);
      const parsed = schema.parse(fm.data);
      const file = toEntryFile(draftToData(dataToDraft(parsed, fm.body, 'x')) as never, fm.body);
      const again = parseFrontmatter(file);
      if (!again.ok) throw new Error(again.reason);
      expect(schema.parse(again.data), f.file).toEqual(parsed);
      expect(again.body.trim()).toBe(fm.body.trim());
    }
  });

  it('turns typed text into schema input: numbers with a comma, e-mails separated by commas, empty rows dropped', () => {
    const d = { ...emptyDraft('x', '2026-11-23'), lat: '53,65', lng: '23.35', emails: 'a@b.pl, c@d.pl', phones: [{ number: '', label: '' }] };
    const data = draftToData(d);
    expect(data.location).toEqual({ lat: 53.65, lng: 23.35, precision: 'approximate' });
    expect(data.emails).toEqual(['a@b.pl', 'c@d.pl']);
    expect(data.phones).toEqual([]);
    expect(draftToData({ ...d, phones: [{ number: '(85) 711-73-46', label: '' }] }).phones).toEqual([{ number: '+48 85 711 73 46', label: '' }]);
    expect(draftToData({ ...d, phones: [{ number: '123', label: '' }] }).phones).toEqual([{ number: '123', label: '' }]);
    expect(draftToData({ ...d, lat: 'pięćdziesiąt' }).location).toMatchObject({ lat: 'pięćdziesiąt' });
  });

  it('proposes a file name from the short name or the name', () => {
    expect(proposedSlug({ name: 'Gminny Ośrodek Pomocy Społecznej w Łomży', short_name: '' })).toBe('gminny-osrodek-pomocy-spolecznej-w-lomzy');
    expect(proposedSlug({ name: 'x', short_name: 'GOPS Łomża' })).toBe('gops-lomza');
  });
});
