import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueArb } from '../../../tests/helpers/catalogue-arb.ts';
import { emptyAdded, ownSnapshot } from '../catalogue/added.ts';
import type { Catalogue, Chosen } from '../catalogue/model.ts';
import { draftToData } from './draft-data.ts';
import { emptyDraft } from './draft.ts';
import { toEntryFile } from './entry-file.ts';
import { applyPrefill, contributionHref, correctionQuery, readPrefill } from './from-catalogue.ts';
import { mailSubject, mailtoBody, mailtoHref } from './mailto.ts';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { bundleDraft, bundleItems } from './bundle.ts';

/** Marks family data: a character no institution field below ever contains, and its escapes. */
const MARK = '§';
const family = fc.string({ unit: fc.constantFrom('a', 'ż', ' ', '"', '\n'), maxLength: 12 }).map((s) => `${MARK}${s}${MARK}`);

/** A catalogue whose every family field (and the assistant's note and the needs ticked on an entry) carries the mark. */
const marked: fc.Arbitrary<Catalogue> = fc
  .tuple(catalogueArb, family, fc.array(family, { minLength: 8, maxLength: 8 }))
  .map(([c, f, fs]) => ({
    ...c,
    pseudonym: f,
    goals: fs[0]!,
    audiences: [fs[1]!],
    needs: [fs[2]!],
    resources: { personal: { ids: [fs[3]!], notes: fs[4]! }, family: { ids: [], notes: fs[5]! }, environment: { ids: [], notes: fs[6]! } },
    plan: [{ id: 'p', action: fs[7]!, who: f, byWhen: '' }],
    assistant: { name: f, institution: f, phone: f, email: f },
    chosen: c.chosen.map((ch) => ({
      ...ch,
      why: f,
      nextStep: fs[0]!,
      contactPerson: fs[1]!,
      documents: fs[2]!,
      added: { ...ch.added, note: fs[3]!, needs: [fs[4]!] },
    })),
  }))
  // Institution fields come from the codec's own arbitraries, whose alphabet has no mark.
  .filter((c) => c.chosen.every((ch) => !JSON.stringify({ ...ch.snapshot, ...ch.added, note: '', needs: [] }).includes(MARK)));

describe('"Przekaż do katalogu": only the institution crosses over', () => {
  it("no family field reaches the link, the form's draft, the entry file or the e-mail", () => {
    fc.assert(
      fc.property(marked, (catalogue) => {
        for (const chosen of catalogue.chosen) {
          const href = contributionHref('/zglos/', chosen, '2011013');
          const hash = href.slice(href.indexOf('#'));
          expect(decodeURIComponent(href)).not.toContain(MARK);
          const prefill = readPrefill(hash)!;
          expect(prefill).toBeDefined();
          expect(JSON.stringify(prefill)).not.toContain(MARK);
          const draft = applyPrefill(emptyDraft('0b7f3c52-2d5e-4b1a-9c3e-5f2a7d9e1c40', '2026-11-23'), prefill);
          expect(JSON.stringify(draft)).not.toContain(MARK);
          const file = toEntryFile(draftToData(draft) as never, draft.body);
          expect(file).not.toContain(MARK);
          expect(mailtoBody(mailtoHref('katalog@example.org', mailSubject(draft.name, 'Janów'), file).href)).not.toContain(MARK);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('no family field reaches "Pobierz wszystkie jako pliki wpisów": the drafts, the files, their names, the zip', () => {
    fc.assert(
      fc.property(marked, (catalogue) => {
        const items = bundleItems(catalogue.chosen);
        // What the person answers for the download is about the institutions, never taken from the catalogue.
        const answers = { source: 'Rozmowa telefoniczna z placówką', needs: Object.fromEntries(items.map((c) => [c.entryId, ['rzeczy']])) };
        const files: Record<string, Uint8Array> = {};
        items.forEach((chosen, i) => {
          const draft = bundleDraft(chosen, '2011013', answers, emptyDraft('0b7f3c52-2d5e-4b1a-9c3e-5f2a7d9e1c40', '2026-11-23'), '2026-11-23');
          expect(JSON.stringify(draft)).not.toContain(MARK);
          files[`content/institutions/podlaskie/powiat-sokolski/dabrowa-bialostocka/${draft.slug || 'wpis'}-${i}.md`] = strToU8(
            toEntryFile(draftToData(draft) as never, draft.body),
          );
        });
        const unzipped = unzipSync(zipSync(files));
        for (const [name, bytes] of Object.entries(unzipped)) {
          expect(name).not.toContain(MARK);
          expect(strFromU8(bytes)).not.toContain(MARK);
        }
        expect(Object.keys(unzipped)).toHaveLength(items.length);
      }),
      { numRuns: 150 },
    );
  });

  it('the marks are really there to be found (the test above can fail)', () => {
    fc.assert(
      fc.property(marked, (catalogue) => {
        expect(JSON.stringify(catalogue).split(MARK).length).toBeGreaterThan(20);
      }),
      { numRuns: 20 },
    );
  });

  const parish: Chosen = {
    entryId: 'wlasne-1',
    snapshot: ownSnapshot(),
    added: {
      ...emptyAdded(),
      name: 'Parafialny bank żywności',
      type: 'parafia',
      offers: 'Paczki z żywnością raz w miesiącu.',
      phones: [{ number: '+48 85 711 73 46', label: 'kancelaria' }],
      street: 'ul. Kościelna 2',
      postalCode: '16-200',
      city: 'Janów',
      note: 'Mama woli chodzić w soboty.',
      needs: ['pieniadze'],
    },
    why: 'Brakuje jedzenia pod koniec miesiąca.',
    nextStep: '',
    contactPerson: '',
    documents: '',
    date: '',
  };

  it("an own entry becomes a new entry: the name, kind, address, phone and offer, in the family's gmina", () => {
    const href = contributionHref('/zglos/', parish, '2011042');
    expect(href.startsWith('/zglos/#katalog=')).toBe(true);
    const draft = applyPrefill(emptyDraft('x', '2026-11-23'), readPrefill(href.slice(href.indexOf('#')))!);
    expect(draft).toMatchObject({
      name: 'Parafialny bank żywności',
      type: 'parafia',
      gmina: '2011042',
      street: 'ul. Kościelna 2',
      postal_code: '16-200',
      city: 'Janów',
      phones: [{ number: '+48 85 711 73 46', label: 'kancelaria' }],
    });
    expect(draft.services[0]!.description).toBe('Paczki z żywnością raz w miesiącu.');
    expect(draft.services[0]!.needs).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/soboty|Brakuje jedzenia/);
  });

  it('a filled-in directory entry opens as a correction of its own file, with the added phone beside the known ones', () => {
    const pup: Chosen = {
      ...parish,
      snapshot: {
        ...ownSnapshot(),
        kind: 'institution',
        name: 'Powiatowy Urząd Pracy w Sokółce',
        url: '/placowka/powiatowy-urzad-pracy-sokolka/',
        gmina: '2011063',
        verified: '2026-11-01',
      },
      added: { ...emptyAdded(), phones: [{ number: '+48 85 730 40 60', label: '' }] },
    };
    expect(correctionQuery(pup)).toBe('?popraw=powiatowy-urzad-pracy-sokolka&woj=20');
    const href = contributionHref('/zglos/', pup, '2011042');
    const prefill = readPrefill(href.slice(href.indexOf('#')))!;
    expect(prefill.gmina).toBe('2011063');
    const existing = {
      ...emptyDraft('x', '2026-11-23'),
      name: 'Powiatowy Urząd Pracy w Sokółce',
      phones: [{ number: '+48 85 711 11 11', label: 'sekretariat' }],
    };
    expect(applyPrefill(existing, prefill).phones).toEqual([
      { number: '+48 85 711 11 11', label: 'sekretariat' },
      { number: '+48 85 730 40 60', label: '' },
    ]);
  });

  it('a damaged or foreign fragment is ignored, and long values are cut', () => {
    expect(readPrefill('')).toBeUndefined();
    expect(readPrefill('#katalog=%%%')).toBeUndefined();
    expect(readPrefill('#katalog=bm90IGpzb24')).toBeUndefined(); // "not json"
    expect(readPrefill('#inne=abc')).toBeUndefined();
    const long = contributionHref('/zglos/', { ...parish, added: { ...parish.added, name: 'x'.repeat(5000) } }, '2011042');
    expect(readPrefill(long.slice(long.indexOf('#')))!.name).toHaveLength(300);
  });
});
