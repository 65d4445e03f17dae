/** The PDF document rendered in Node and read back as text: Polish letters exact, sections present, large print longer. */
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pdfData } from '../../src/lib/catalogue/selectors.ts';
import { CatalogueDocument } from '../../src/pdf/CatalogueDocument.tsx';
import { registerFonts } from '../../src/pdf/fonts.ts';
import { readPdf } from '../helpers/pdf.ts';
import { withQrCodes } from '../../src/pdf/qr.ts';
import { emptyAdded, ownSnapshot } from '../../src/lib/catalogue/added.ts';
import type { Catalogue } from '../../src/lib/catalogue/model.ts';
import { sampleCatalogue } from './fixture.ts';
import { pdfTranslator } from '../helpers/words.ts';

const polish = pdfTranslator('pl');

const require = createRequire(import.meta.url);
registerFonts({
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
});

const terms = {
  needs: [{ id: 'psychologiczne', name: 'Wsparcie psychologiczne' }],
  audiences: [{ id: 'kobiety-w-ciazy', name: 'Kobiety w ciąży i ich rodziny' }],
  resources: [
    { id: 'zdrowie', name: 'Zdrowie fizyczne i psychiczne' },
    { id: 'pomoc-krewnych', name: 'Pomoc dalszej rodziny' },
  ],
};

async function render(services: number, largePrint: boolean, catalogue: Catalogue = sampleCatalogue(services)) {
  const data = pdfData(catalogue, { ...terms, origin: 'https://katalog.example', today: '2026-11-23', largePrint }, polish);
  const buffer = await renderToBuffer(createElement(CatalogueDocument, { data: await withQrCodes(data), tr: polish }) as Parameters<typeof renderToBuffer>[0]);
  return { buffer, ...(await readPdf(buffer)) };
}

describe('catalogue PDF', () => {
  it('holds the family, the goals, the services with exact Polish letters, and the plan', async () => {
    const { buffer, text, pages, images } = await render(3, false);
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text).toContain('Indywidualny katalog możliwego wsparcia');
    expect(text).toContain('Dla: Rodzina Żółć');
    expect(text).toContain('gmina Dąbrowa Białostocka, powiat sokólski, województwo podlaskie');
    expect(text).toContain('23 listopada 2026');
    expect(text).toContain('Spis treści');
    expect(text).toContain('Chcemy spokojnie przygotować się na narodziny dziecka.');
    expect(text).toContain('Pomoc dalszej rodziny');
    expect(text).toContain('Wsparcie: Wsparcie psychologiczne');
    expect(text).toContain('Ośrodek wsparcia numer 1 w Dąbrowie Białostockiej');
    expect(text).toContain('gęślą jaźń, żółć');
    expect(text).toContain('Dane sprawdzono: 23 listopada 2026');
    expect(text).toContain('https://katalog.example/placowka/osrodek-1/');
    expect(text).toContain('Umówić wizytę w poradni');
    expect(text).toContain('5 grudnia 2026');
    expect(text).toContain('MOPS w Dąbrowie Białostockiej');
    expect(text).toContain(`Strona 1 z ${pages.length}`);
    expect(text).not.toMatch(/zródBo|\uFFFD/);
    // One QR code image per service.
    expect(images).toBe(3);
  });

  it('large print makes more pages', async () => {
    const normal = await render(6, false);
    const large = await render(6, true);
    expect(large.pages.length).toBeGreaterThan(normal.pages.length);
    expect(large.text).toContain('Ośrodek wsparcia numer 6 w Dąbrowie Białostockiej');
  });
});

describe('catalogue PDF: what the assistant added', () => {
  it('prints own entries and filled-in details marked "dodane przez asystenta", a QR code only where there is an address', async () => {
    const base = sampleCatalogue(1);
    const own = (name: string, extra: Partial<Catalogue['chosen'][number]['added']>) => ({
      ...base.chosen[0]!,
      entryId: name,
      snapshot: ownSnapshot(),
      added: { ...emptyAdded(), name, needs: ['psychologiczne'], ...extra },
    });
    const catalogue: Catalogue = {
      ...base,
      chosen: [
        { ...base.chosen[0]!, added: { ...emptyAdded(), phones: [{ number: '+48 85 700 00 03', label: 'doradca' }] } },
        own('Parafialny bank żywności', { phones: [{ number: '+48 85 700 00 02', label: '' }], offers: 'Paczki z żywnością' }),
        own('Klub sąsiedzki', { website: 'https://klub.example.org/' }),
      ],
    };
    const { text, buffer } = await render(0, false, catalogue);
    expect(text).toContain('Ośrodek wsparcia numer 1 w Dąbrowie Białostockiej');
    expect(text).toContain('85 711 73 46 (sekretariat)'); // what the directory said stays
    expect(text).toContain('Dane dodane przez asystenta rodziny: Telefon: 85 700 00 03 (doradca)');
    expect(text).toContain(
      'Parafialny bank żywności Dane dodane przez asystenta rodziny (tej pozycji nie ma w katalogu placówek): Co oferuje: Paczki z żywnością Telefon: 85 700 00 02',
    );
    expect(text).toContain('https://klub.example.org/');
    expect(text.match(/dodane przez asystenta/g)).toHaveLength(3);
    // "Dane sprawdzono" only for the directory's entry.
    expect(text.match(/Dane sprawdzono/g)).toHaveLength(1);
    const raw = buffer.toString('latin1');
    const images = (raw.match(/\/Subtype \/Image/g)?.length ?? 0) - (raw.match(/\/SMask \d+ 0 R/g)?.length ?? 0);
    expect(images).toBe(2); // the directory's entry and the club with a website; not the parish
  });
});
