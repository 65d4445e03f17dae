import { describe, expect, it } from 'vitest';
import { schema } from '../../../tests/helpers/fixtures.ts';
import { dataToDraft, emptyDraft } from './draft.ts';
import { draftToData } from './draft-data.ts';
import { toEntryFile } from './entry-file.ts';
import { parseFrontmatter } from '../validation/frontmatter.ts';
import { FORM_LANGUAGES, languageChoices, toggleLanguage } from './languages.ts';

describe('languages in the contribution form', () => {
  it('a new entry is served in Polish, which the file leaves out as the default', () => {
    const draft = emptyDraft('x', '2026-11-23');
    expect(draft.languages).toEqual(['pl']);
    expect(draftToData(draft).languages).toEqual(['pl']);
  });

  it('offers Polish first, then Ukrainian, Russian, Belarusian, English and German', () => {
    expect(FORM_LANGUAGES).toEqual(['pl', 'uk', 'ru', 'be', 'en', 'de']);
    expect(languageChoices(['pl'])).toEqual(FORM_LANGUAGES);
    // A language the entry already has but the form does not offer stays, as a ticked checkbox.
    expect(languageChoices(['pl', 'vi'])).toEqual([...FORM_LANGUAGES, 'vi']);
  });

  it('ticking keeps the order of the checkboxes, unticking removes only that one', () => {
    expect(toggleLanguage(['pl'], 'uk', true)).toEqual(['pl', 'uk']);
    expect(toggleLanguage(['pl', 'en'], 'uk', true)).toEqual(['pl', 'uk', 'en']);
    expect(toggleLanguage(['pl', 'uk'], 'uk', true)).toEqual(['pl', 'uk']);
    expect(toggleLanguage(['pl', 'uk', 'vi'], 'pl', false)).toEqual(['uk', 'vi']);
  });

  it("a correction keeps the entry's languages, those the form does not offer included", () => {
    const data = schema.parse({
      id: '3f6c2a8e-9b1d-4e7a-8c5f-2d4b6a8e0c13',
      name: 'Punkt',
      type: 'ops',
      gmina: '2011013',
      services: [{ id: 'porady', name: 'Porady', needs: ['wsparcie-rodziny'] }],
      languages: ['pl', 'uk', 'vi'],
      verified: { date: '2026-11-23', source: 'Rozmowa telefoniczna' },
    });
    const draft = dataToDraft(data, 'Opis.', 'punkt');
    expect(draft.languages).toEqual(['pl', 'uk', 'vi']);
    const file = toEntryFile(draftToData(draft) as never, draft.body);
    expect(file).toContain('languages: [pl, uk, vi]');
    const fm = parseFrontmatter(file);
    if (!fm.ok) throw new Error(fm.reason);
    expect(schema.parse(fm.data).languages).toEqual(['pl', 'uk', 'vi']);
  });
});
