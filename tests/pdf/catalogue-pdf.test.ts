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
import { sampleCatalogue } from './fixture.ts';

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

async function render(services: number, largePrint: boolean) {
  const data = pdfData(sampleCatalogue(services), { ...terms, origin: 'https://katalog.example', today: '2026-11-23', largePrint });
  const buffer = await renderToBuffer(createElement(CatalogueDocument, { data: await withQrCodes(data) }) as Parameters<typeof renderToBuffer>[0]);
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
