/**
 * The PDF engine for the browser: loaded by the builder with a dynamic import only when the
 * assistant asks for the PDF. Fonts come from the site's own origin (bundled TTF assets).
 */
import { pdf } from '@react-pdf/renderer';
import { createElement } from 'react';
import regular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import bold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { CataloguePdfData } from '../lib/catalogue/selectors.ts';
import { CatalogueDocument } from './CatalogueDocument.tsx';
import { registerFonts } from './fonts.ts';
import { withQrCodes } from './qr.ts';

export async function renderPdfBlob(data: CataloguePdfData): Promise<Blob> {
  registerFonts({ regular, bold });
  return pdf(createElement(CatalogueDocument, { data: await withQrCodes(data) }) as Parameters<typeof pdf>[0]).toBlob();
}
