/** The PDF says when an entry's data is older than 12 months, and from which document it comes (text read back with pdfjs-dist). */
import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { createRequire } from 'node:module';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { pdfData } from '../../src/lib/catalogue/selectors.ts';
import { STALE_NOTICE } from '../../src/lib/freshness/freshness.ts';
import { CatalogueDocument } from '../../src/pdf/CatalogueDocument.tsx';
import { registerFonts } from '../../src/pdf/fonts.ts';
import { chosenService, sampleCatalogue } from './fixture.ts';
import { pdfTranslator } from '../helpers/words.ts';

const polish = pdfTranslator('pl');

const require = createRequire(import.meta.url);
registerFonts({
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
});

async function pdfText(today: string) {
  const catalogue = sampleCatalogue(0);
  catalogue.chosen = [
    chosenService(1, { verified: '2026-11-23' }),
    chosenService(2, { verified: '2026-11-23', sourceDate: '2019', name: 'Placówka ze starego dokumentu' }),
  ];
  const data = pdfData(
    catalogue,
    {
      needs: [{ id: 'psychologiczne', name: 'Wsparcie psychologiczne' }],
      audiences: [],
      resources: [],
      origin: 'https://katalog.example',
      today,
      largePrint: false,
    },
    polish,
  );
  const buffer = await renderToBuffer(createElement(CatalogueDocument, { data, tr: polish }) as Parameters<typeof renderToBuffer>[0]);
  const doc = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\n' : '') : '')).join('') + '\n';
  }
  return text.replace(/\s+/g, ' ');
}

describe('freshness in the catalogue PDF', () => {
  it('warns once, at the entry whose source document is older than 12 months, and names the document date', async () => {
    const text = await pdfText('2026-12-02');
    expect(text.split(STALE_NOTICE)).toHaveLength(2);
    const stale = text.indexOf(STALE_NOTICE);
    expect(stale).toBeGreaterThan(text.indexOf('Placówka ze starego dokumentu'));
    expect(text).toContain('Dane sprawdzono: 23 listopada 2026 (dokument źródłowy: 2019 r.)');
    expect(text).toContain('Dane sprawdzono: 23 listopada 2026.');
  });

  it('does not warn while the data is younger than 12 months on the catalogue date', async () => {
    const text = await pdfText('2019-12-31');
    expect(text).not.toContain(STALE_NOTICE);
  });
});
