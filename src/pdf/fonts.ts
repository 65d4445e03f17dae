/**
 * Fonts for the PDF: Noto Sans (full TTF files, with every Polish letter) registered once.
 * The caller passes where the files are: same-origin asset URLs in the browser, file paths in Node.
 */
import { Font } from '@react-pdf/renderer';

export const FAMILY = 'Noto Sans';

export interface FontFiles {
  regular: string;
  bold: string;
}

let registered: string | undefined;

export function registerFonts(files: FontFiles): void {
  const key = `${files.regular}|${files.bold}`;
  if (registered === key) return;
  Font.register({
    family: FAMILY,
    fonts: [
      { src: files.regular, fontWeight: 400 },
      { src: files.bold, fontWeight: 700 },
    ],
  });
  // The default hyphenation follows English patterns: Polish words stay whole.
  Font.registerHyphenationCallback((word) => [word]);
  registered = key;
}

/**
 * Call after each document: forgets the glyphs fontkit has made, keeping the parsed fonts. fontkit keeps every glyph
 * it makes; a glyph first made while subsetting (the Latin "A" that the Cyrillic "А" is built from) has no character,
 * and react-pdf then leaves that letter out of the text of every later document: after a Ukrainian catalogue, an
 * English or bilingual one lost its Latin "A" and "T" (tests/pdf/languages-pdf.test.ts; react-pdf issue #3404).
 * (`Font.reset()` would not do: it leaves the fonts unloadable.)
 */
export function forgetGlyphs(): void {
  for (const fontWeight of [400, 700] as const) {
    const source = Font.getFont({ fontFamily: FAMILY, fontWeight }) as { data?: { _glyphs?: Record<number, unknown> } | null } | undefined;
    if (source?.data?._glyphs) source.data._glyphs = {};
  }
}
