/**
 * The PDF engine for the browser: loaded by the builder with a dynamic import, never on first load
 * (src/islands/catalogue/pdf-engine.ts says when). Fonts come from the site's own origin (bundled TTF assets).
 */
import { Font, pdf } from '@react-pdf/renderer';
import { createElement } from 'react';
import regular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import bold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { CataloguePdfData } from '../lib/catalogue/selectors.ts';
import type { PdfTranslator } from '../lib/catalogue/words.ts';
import { CatalogueDocument } from './CatalogueDocument.tsx';
import { FAMILY, registerFonts, forgetGlyphs } from './fonts.ts';
import { qrDataUrl, withQrCodes } from './qr.ts';

/** The catalogue's PDF, in the words of `tr` (the language or languages the assistant chose). */
export async function renderPdfBlob(data: CataloguePdfData, tr: PdfTranslator): Promise<Blob> {
  registerFonts({ regular, bold });
  try {
    return await pdf(createElement(CatalogueDocument, { data: await withQrCodes(data), tr }) as Parameters<typeof pdf>[0]).toBlob();
  } finally {
    forgetGlyphs();
  }
}

let warm: Promise<void> | undefined;

/**
 * Makes the first real export as fast as the next ones: fetches and parses both fonts (the engine keeps
 * them, as it does after an export) and makes one QR code. No document is rendered here: a warm-up document
 * with only a few letters made react-pdf 4.9 write later documents with broken letters (seen in tests).
 */
export function warmUp(): Promise<void> {
  registerFonts({ regular, bold });
  warm ??= Promise.all([
    Font.load({ fontFamily: FAMILY, fontWeight: 400 }),
    Font.load({ fontFamily: FAMILY, fontWeight: 700 }),
    qrDataUrl('https://example.org/'),
  ]).then(() => undefined);
  warm.catch(() => (warm = undefined));
  return warm;
}
