/**
 * The PDF engine for the browser: loaded by the builder with a dynamic import, never on first load
 * (src/islands/catalogue/pdf-engine.ts says when). Fonts come from the site's own origin (bundled TTF assets).
 */
import { Document, Page, pdf, Text } from '@react-pdf/renderer';
import { createElement } from 'react';
import regular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import bold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { CataloguePdfData } from '../lib/catalogue/selectors.ts';
import { CatalogueDocument } from './CatalogueDocument.tsx';
import { FAMILY, registerFonts } from './fonts.ts';
import { qrDataUrl, withQrCodes } from './qr.ts';

export async function renderPdfBlob(data: CataloguePdfData): Promise<Blob> {
  registerFonts({ regular, bold });
  return pdf(createElement(CatalogueDocument, { data: await withQrCodes(data) }) as Parameters<typeof pdf>[0]).toBlob();
}

let warm: Promise<void> | undefined;

/**
 * Makes the first real export as fast as the next ones: renders a one-line document in both weights, so the
 * fonts are fetched and parsed (the engine keeps them) and the layout code has run once; makes one QR code.
 */
export function warmUp(): Promise<void> {
  registerFonts({ regular, bold });
  warm ??= (async () => {
    const line = (fontWeight: number) => createElement(Text, { style: { fontFamily: FAMILY, fontWeight } }, 'Zażółć gęślą jaźń');
    const doc = createElement(Document, null, createElement(Page, { size: 'A4' }, line(400), line(700)));
    await Promise.all([pdf(doc as Parameters<typeof pdf>[0]).toBlob(), qrDataUrl('https://example.org/')]);
  })();
  warm.catch(() => (warm = undefined));
  return warm;
}
