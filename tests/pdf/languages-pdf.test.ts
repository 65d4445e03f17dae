/**
 * The catalogue PDF in Ukrainian and bilingual (Ukrainian + Polish), and in English, rendered in Node with the
 * embedded Noto Sans and read back with pdfjs-dist: the Cyrillic headings, the Polish institutions' data and the
 * family's own words (Cyrillic and Polish letters) come out exactly as typed.
 */
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { pdfData } from '../../src/lib/catalogue/selectors.ts';
import type { PdfTranslator } from '../../src/lib/catalogue/words.ts';
import { CatalogueDocument } from '../../src/pdf/CatalogueDocument.tsx';
import { registerFonts, forgetGlyphs } from '../../src/pdf/fonts.ts';
import { withQrCodes } from '../../src/pdf/qr.ts';
import { readPdf } from '../helpers/pdf.ts';
import { bilingualTranslator, pdfTranslator } from '../helpers/words.ts';
import { chosenService, sampleCatalogue } from './fixture.ts';

const require = createRequire(import.meta.url);
registerFonts({
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
});

// Taxonomy names as the page hands them (Polish until their translations are in: not this test's concern).
const terms = {
  needs: [{ id: 'psychologiczne', name: 'Wsparcie psychologiczne' }],
  audiences: [{ id: 'kobiety-w-ciazy', name: 'Kobiety w ciąży i ich rodziny' }],
  resources: [
    { id: 'zdrowie', name: 'Zdrowie fizyczne i psychiczne' },
    { id: 'pomoc-krewnych', name: 'Pomoc dalszej rodziny' },
  ],
};

/** The family wrote in Ukrainian and Polish; one institution's data come from a document of 2019. */
function familyCatalogue() {
  const catalogue = sampleCatalogue(2);
  catalogue.pseudonym = 'Родина Ковальчук';
  catalogue.goals = 'Мама хоче знайти психолога. Mieszkamy przy ulicy Źródlanej.';
  catalogue.resources.personal.notes = 'Бабуся живе поруч, ul. Źródlana 3.';
  catalogue.plan = [{ id: 'p1', action: 'Записатися до психолога', who: 'мама', byWhen: '2026-12-05' }];
  catalogue.chosen.push(chosenService(3, { verified: '2026-11-23', sourceDate: '2019', name: 'Poradnia ze starego dokumentu' }));
  return catalogue;
}

/** Renders as the browser's engine does (src/pdf/render-browser.ts): the glyphs forgotten after each document. */
async function render(tr: PdfTranslator) {
  const data = pdfData(familyCatalogue(), { ...terms, origin: 'https://katalog.example', today: '2026-11-23', largePrint: false }, tr);
  try {
    const buffer = await renderToBuffer(createElement(CatalogueDocument, { data: await withQrCodes(data), tr }) as Parameters<typeof renderToBuffer>[0]);
    return await readPdf(buffer);
  } finally {
    forgetGlyphs();
  }
}

/** What the family and the directory wrote: printed as typed, whatever the catalogue's language. */
function expectTheFamilysAndTheInstitutionsWords(text: string) {
  expect(text).toContain('Мама хоче знайти психолога. Mieszkamy przy ulicy Źródlanej.');
  expect(text).toContain('Бабуся живе поруч, ul. Źródlana 3.');
  expect(text).toContain('Родина Ковальчук');
  expect(text).toContain('Записатися до психолога');
  expect(text).toContain('Ośrodek wsparcia numer 1 w Dąbrowie Białostockiej');
  expect(text).toContain('ul. Solidarności 1, 16-200 Dąbrowa Białostocka');
  expect(text).toContain('Rozmowa z psychologiem dla rodziców i dzieci; gęślą jaźń, żółć.');
  expect(text).toContain('poniedziałek–piątek 7:30–15:30');
  expect(text).not.toMatch(/\uFFFD/);
}

describe('catalogue PDF in Ukrainian', () => {
  it('prints Ukrainian headings and labels, the Polish data and the family’s words exactly', async () => {
    const { text, pages } = await render(pdfTranslator('uk'));
    expect(text).toContain('Індивідуальний каталог можливої підтримки');
    expect(text).toContain('Для: Родина Ковальчук');
    expect(text).toContain('Місце: гміна Dąbrowa Białostocka, powiat sokólski, воєводство podlaskie');
    expect(text).toContain('Зміст');
    expect(text).toContain('Цілі та ресурси родини');
    expect(text).toContain('Підтримка: Wsparcie psychologiczne');
    expect(text).toContain('Адреса: ul. Solidarności 1');
    expect(text).toContain('Як скористатися: Zadzwoń i umów się na wizytę.');
    expect(text).toContain('Дані перевірено: 23 листопада 2026');
    expect(text).toContain('(документ-джерело: 2019 р.)');
    expect(text).toContain('Дані перевірено понад рік тому');
    expect(text).toContain('План дій');
    expect(text).toContain(`Сторінка 1 з ${pages.length}`);
    expectTheFamilysAndTheInstitutionsWords(text);
    // No Polish fixed text left.
    for (const polish of ['Spis treści', 'Dane sprawdzono', 'Plan działań', 'Strona 1 z', 'Wsparcie: ', 'Adres:', 'Dla: ']) expect(text).not.toContain(polish);
  });
});

describe('catalogue PDF in Ukrainian and Polish (bilingual)', () => {
  it('says headings and fixed texts in both, the family’s and the institutions’ words once, dates in figures', async () => {
    const { text, pages } = await render(bilingualTranslator('uk'));
    expect(text).toContain('Індивідуальний каталог можливої підтримки / Indywidualny katalog możliwego wsparcia');
    expect(text).toContain('Для / Dla: Родина Ковальчук');
    expect(text).toContain('Зміст / Spis treści');
    expect(text).toContain('Підтримка / Wsparcie: Wsparcie psychologiczne');
    expect(text).toContain('Адреса / Adres: ul. Solidarności 1, 16-200 Dąbrowa Białostocka');
    expect(text).toContain('Телефон / Telefon: 85 711 73 46 (sekretariat)');
    expect(text).toContain('План дій / Plan działań');
    expect(text).toContain('Дані перевірено: 23.11.2026. / Dane sprawdzono: 23.11.2026.');
    expect(text).toContain('Дані перевірено: 23.11.2026 (документ-джерело: 2019). / Dane sprawdzono: 23.11.2026 (dokument źródłowy: 2019).');
    expect(text).toContain(`Сторінка 1 з ${pages.length} / Strona 1 z ${pages.length}`);
    expectTheFamilysAndTheInstitutionsWords(text);
    // The family's words are printed once, not translated or repeated.
    expect(text.split('Мама хоче знайти психолога')).toHaveLength(2);
  });
});

describe('catalogue PDF in English', () => {
  it('prints English headings with the Polish data as they are', async () => {
    const { text } = await render(pdfTranslator('en'));
    expect(text).toContain('Individual catalogue of possible support');
    expect(text).toContain('Support: Wsparcie psychologiczne');
    expect(text).toContain('Address: ul. Solidarności 1');
    expect(text).toContain('Data checked: 23 November 2026 (source document: 2019)');
    expect(text).toContain('Action plan');
    expectTheFamilysAndTheInstitutionsWords(text);
  });
});
