/** A generic (statutory) card in the PDF: an instruction with blank lines for the phone and address, never "sprawdzone". */
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { createRequire } from 'node:module';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { loadStatutory } from '../../src/data/statutory.ts';
import { emptyAdded } from '../../src/lib/catalogue/added.ts';
import { snapshotOf } from '../../src/lib/catalogue/entries.ts';
import { emptyCatalogue, type Catalogue } from '../../src/lib/catalogue/model.ts';
import { pdfData } from '../../src/lib/catalogue/selectors.ts';
import { genericEntries, statutoryTemplate } from '../../src/lib/catalogue/statutory.ts';
import { reachOf } from '../../src/lib/catalogue/suggest.ts';
import { CatalogueDocument } from '../../src/pdf/CatalogueDocument.tsx';
import { registerFonts } from '../../src/pdf/fonts.ts';
import { withQrCodes } from '../../src/pdf/qr.ts';
import { pdfTranslator } from '../helpers/words.ts';

const polish = pdfTranslator('pl');

const require = createRequire(import.meta.url);
registerFonts({
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
});

const SZTABIN = { code: '2001072', name: 'Sztabin', powiat: 'powiat augustowski', wojewodztwo: 'podlaskie', wojSlug: 'podlaskie' };
const NEEDS = [
  { id: 'pieniadze', name: 'Pieniądze i świadczenia' },
  { id: 'prawne', name: 'Porady prawne' },
];

function catalogue(opsPhone = ''): Catalogue {
  const generic = genericEntries(loadStatutory().map(statutoryTemplate), [], SZTABIN);
  const pick = (id: string) => {
    const e = generic.find((g) => g.id === id)!;
    return {
      entryId: e.id,
      snapshot: snapshotOf(e, reachOf(e, SZTABIN.code)!, ['pieniadze', 'prawne']),
      why: 'Rodzina potrzebuje pieniędzy.',
      nextStep: '',
      contactPerson: '',
      documents: '',
      date: '',
      added: emptyAdded(),
    };
  };
  return {
    ...emptyCatalogue('2026-11-23'),
    gmina: SZTABIN,
    needs: ['pieniadze', 'prawne'],
    chosen: [pick('ustawowe-ops'), pick('ustawowe-pomoc-prawna')].map((c) =>
      opsPhone && c.entryId === 'ustawowe-ops' ? { ...c, added: { ...c.added, phones: [{ number: opsPhone, label: '' }] } } : c,
    ),
  };
}

async function pdfText(largePrint: boolean, opsPhone = '') {
  const data = pdfData(
    catalogue(opsPhone),
    { needs: NEEDS, audiences: [], resources: [], origin: 'https://katalog.example', today: '2026-11-23', largePrint },
    polish,
  );
  const buffer = await renderToBuffer(createElement(CatalogueDocument, { data: await withQrCodes(data), tr: polish }) as Parameters<typeof renderToBuffer>[0]);
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join(''));
  }
  return { data, text: pages.join('\n').replace(/\s+/g, ' ') };
}

describe('a generic card in the PDF', () => {
  it('reads as an instruction: what to ask for, where to find the address, blank lines for phone and address', async () => {
    const { data, text } = await pdfText(false);
    expect(data.sections.map((s) => s.title)).toEqual(['Pieniądze i świadczenia', 'Porady prawne']);
    expect(text).toContain('Wsparcie: Pieniądze i świadczenia');
    expect(text).toContain('Ośrodek pomocy społecznej');
    expect(text).toContain('Ta instytucja działa w każdej gminie; nie mamy jeszcze jej adresu.');
    expect(text).toContain('O co zapytać:');
    expect(text).toContain('Zasiłki z pomocy społecznej');
    expect(text).toContain(
      'Jak znaleźć adres i telefon: Adres i telefon znajdziesz w Biuletynie Informacji Publicznej (BIP) gminy Sztabin albo w urzędzie gminy.',
    );
    expect(text).toContain('Taka instytucja działa dla każdego powiatu; nie mamy jeszcze jej adresu.');
    expect(text).toContain('Kobieta w ciąży jest przyjmowana poza kolejnością.');
    expect(text.match(/Telefon \(do wpisania\):/g)).toHaveLength(2);
    expect(text.match(/Adres \(do wpisania\):/g)).toHaveLength(2);
    expect(text).toContain('Dlaczego: Rodzina potrzebuje pieniędzy.');
    expect(text).not.toContain('Dane sprawdzono');
    expect(text).not.toMatch(/\uFFFD/);
  });

  it('keeps the blank lines in large print', async () => {
    const { text } = await pdfText(true);
    expect(text.match(/Telefon \(do wpisania\):/g)).toHaveLength(2);
  });

  it('prints the phone the assistant filled in, and a blank line only where nothing was added', async () => {
    const { text } = await pdfText(false, '+48 85 123 45 67');
    expect(text).toContain('Dane dodane przez asystenta rodziny:');
    expect(text).toContain('Telefon: 85 123 45 67');
    expect(text.match(/Telefon \(do wpisania\):/g)).toHaveLength(1);
    expect(text.match(/Adres \(do wpisania\):/g)).toHaveLength(2);
  });
});
